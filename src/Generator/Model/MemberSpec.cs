namespace MdpDsl.Generator.Model;

/// <summary>How the reward member is called.</summary>
internal enum RewardShape
{
    /// <summary><c>double R(S s)</c>.</summary>
    State,

    /// <summary><c>double R(S s, A a)</c>.</summary>
    StateAction,

    /// <summary><c>double R(S s, A a, S next)</c>.</summary>
    StateActionNext,
}

/// <summary>How the [Transition] member gives the successors of a (state, action).</summary>
internal enum TransitionShape
{
    /// <summary><c>S T(S s, A a)</c>: one successor, compiled to deterministic storage.</summary>
    Deterministic,

    /// <summary><c>IEnumerable&lt;(S, double)&gt; T(S s, A a)</c>: (successor, probability) pairs.</summary>
    Distribution,

    /// <summary><c>void T(S s, A a, Successors&lt;S&gt; next)</c>: the pairs added to the runtime's buffer, with no allocation.</summary>
    Sink,
}

/// <summary>How the [Initial] member is read.</summary>
internal enum InitialShape
{
    /// <summary>A property returning one state.</summary>
    StateProperty,

    /// <summary>A parameterless method returning one state.</summary>
    StateMethod,

    /// <summary>A property returning (state, probability) pairs.</summary>
    DistributionProperty,

    /// <summary>A parameterless method returning (state, probability) pairs.</summary>
    DistributionMethod,
}

/// <summary>A user member the generated code calls.</summary>
/// <param name="Name">The member name, unescaped.</param>
/// <param name="IsStatic">Whether it is called on the type or on the model instance.</param>
/// <param name="MayReturnNull">
/// Whether its declared type admits null somewhere (<c>Cell?</c>, <c>IEnumerable&lt;(Cell?, double)&gt;?</c>, or the
/// <c>Successors&lt;Cell?&gt;</c> a transition fills): the generated call then says it passes the value on as it is,
/// and <c>Compile()</c> rejects a null state.
/// </param>
internal sealed record MemberSpec(string Name, bool IsStatic, bool MayReturnNull = false);

/// <summary>A [Feature] member: φ(s) or φ(s, a).</summary>
/// <param name="Name">The member name, which also names the feature.</param>
/// <param name="IsStatic">Whether it is called on the type or on the model instance.</param>
/// <param name="TakesAction">Whether it is φ(s, a) rather than φ(s).</param>
internal sealed record FeatureSpec(string Name, bool IsStatic, bool TakesAction);
