namespace MdpDsl.Interchange;

/// <summary>
/// The files of one exported model. PRISM imports them together with
/// <c>prism -importmodel &lt;BasePath&gt;.all -mdp</c> (or list them: <c>-importmodel base.tra,sta,lab,srew,trew</c>).
/// </summary>
/// <param name="BasePath">The directory and base name, without an extension.</param>
/// <param name="Transitions">The <c>.tra</c> file: the choices and their transitions.</param>
/// <param name="States">The <c>.sta</c> file: each state's variable values.</param>
/// <param name="Labels">The <c>.lab</c> file: the <c>init</c>, <c>deadlock</c> and <c>terminal</c> labels.</param>
/// <param name="StateRewards">The <c>.srew</c> file: state rewards.</param>
/// <param name="TransitionRewards">The <c>.trew</c> file: each choice's reward.</param>
public sealed record PrismFiles(string BasePath, string Transitions, string States, string Labels, string StateRewards, string TransitionRewards);
