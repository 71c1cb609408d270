using System;

namespace MdpDsl.Generator.Model;

/// <summary>
/// The members of the public API the generator adds to a model class, as flags: the set of those that hide a
/// member the class inherits, and so are declared <c>new</c>.
/// </summary>
[Flags]
internal enum GeneratedMembers
{
    None = 0,
    StateCount = 1 << 0,
    ActionCount = 1 << 1,
    States = 1 << 2,
    IndexOfState = 1 << 3,
    TryIndexOf = 1 << 4,
    StateAt = 1 << 5,
    Actions = 1 << 6,
    IndexOfAction = 1 << 7,
    ActionAt = 1 << 8,
    Compile = 1 << 9,
    Model = 1 << 10,
    FeatureCount = 1 << 11,
    Encoder = 1 << 12,
    ActionFeatureCount = 1 << 13,
    ActionEncoder = 1 << 14,
    CreateSimulator = 1 << 15,
}
