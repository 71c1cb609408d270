namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>The action enum of the hand-built test models; a model with k actions uses the first k.</summary>
public enum Act
{
    A0,
    A1,
    A2,
    A3,
}
