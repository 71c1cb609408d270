using System.Globalization;
using System.Text.RegularExpressions;

namespace MdpDsl.Runtime.Tests.Validation;

/// <summary>Checks that Compile() rejected a model and that its message names what is at fault.</summary>
public static class ValidationAssert
{
    /// <summary>
    /// <paramref name="compile"/> throws a <see cref="ModelValidationException"/> whose properties are the given
    /// state, action and value and whose message mentions each of them (numbers as whole words, so that state 6
    /// is not found inside "0.6").
    /// </summary>
    public static ModelValidationException Throws(Action compile, object? state, object? action, double? value)
    {
        var exception = Assert.Throws<ModelValidationException>(compile);
        Assert.Equal(state, exception.State);
        Assert.Equal(action, exception.Action);
        if (value is { } v)
            Assert.Equal(v, exception.Value!.Value);
        else
            Assert.Null(exception.Value);

        foreach (var named in new[] { state?.ToString(), action?.ToString(), value?.ToString("R", CultureInfo.InvariantCulture) })
        {
            if (named is not null)
                Assert.Matches($@"(?<![\w.]){Regex.Escape(named)}(?![\w]|\.\d)", exception.Message);
        }
        return exception;
    }
}
