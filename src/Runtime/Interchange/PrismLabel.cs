using System.Collections.Generic;

namespace MdpDsl.Interchange;

/// <summary>A label of a PRISM model (a <c>.lab</c> declaration) and the states that carry it, ascending.</summary>
/// <param name="Name">The label's name, such as <c>init</c>.</param>
/// <param name="States">The indices of the states it labels, ascending.</param>
public sealed record PrismLabel(string Name, IReadOnlyList<int> States);
