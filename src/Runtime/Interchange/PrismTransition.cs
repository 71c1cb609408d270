namespace MdpDsl.Interchange;

/// <summary>One line of a PRISM <c>.tra</c> file within its choice: the successor and its probability.</summary>
/// <param name="Target">The successor's state index.</param>
/// <param name="Probability">The probability of moving to it.</param>
public readonly record struct PrismTransition(int Target, double Probability);
