using System.Globalization;
using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>
/// The generated text does not depend on the culture of the process that runs the compiler: a culture with a
/// decimal comma and a typographic minus would otherwise turn a discount of 0.95 into <c>0,95</c> and a range
/// offset of −3 into <c>−3</c>, neither of which is C#.
/// </summary>
public sealed class CultureTests
{
    [Fact]
    public void Generated_text_is_the_same_in_any_culture()
    {
        var invariant = Generate(StateShapes.IntegerRanges, CultureInfo.InvariantCulture);

        var unusual = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        unusual.NumberFormat.NegativeSign = "\u2212";
        unusual.NumberFormat.NumberDecimalSeparator = ",";
        unusual.NumberFormat.NumberGroupSeparator = ".";

        Assert.Equal(invariant, Generate(StateShapes.IntegerRanges, unusual));
        Assert.Contains(" - 3", invariant);
        Assert.Contains("discount: 0.9,", invariant);
    }

    private static string Generate(string source, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return Assert.Single(GeneratorHarness.Run(source).AssertClean().Sources).Text;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
