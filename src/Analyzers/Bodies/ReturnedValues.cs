using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MdpDsl.Analyzers.Bodies;

/// <summary>
/// What a member's body gives back, as far as its code shows it: the values of its returns and expression body,
/// split through conditional and switch expressions into the arms that produce them.
/// Lambdas and local functions are skipped: their returns are theirs, not the member's.
/// </summary>
internal static class ReturnedValues
{
    /// <summary>Each expression that can be the value of a <c>return</c> (or expression body) of the member.</summary>
    public static IEnumerable<IOperation> Of(IEnumerable<IOperation> body)
    {
        foreach (var operation in OwnOperations(body))
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value })
            {
                foreach (var leaf in Leaves(value))
                    yield return leaf;
            }
        }
    }

    /// <summary>
    /// The expressions that can produce <paramref name="value"/>: itself when it is a constant, else the arms of
    /// a conditional or switch expression, recursively. A <c>throw</c> produces no value and is left out.
    /// </summary>
    public static IEnumerable<IOperation> Leaves(IOperation value)
    {
        value = WithoutImplicitConversions(value);
        switch (value)
        {
            case { ConstantValue.HasValue: true }:
                yield return value;
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                foreach (var leaf in Leaves(conditional.WhenTrue))
                    yield return leaf;
                foreach (var leaf in Leaves(whenFalse))
                    yield return leaf;
                break;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    foreach (var leaf in Leaves(arm.Value))
                        yield return leaf;
                }
                break;
            case IThrowOperation:
                break;
            default:
                yield return value;
                break;
        }
    }

    /// <summary>
    /// Strips the conversions the compiler inserted (int to double, array to IEnumerable); they keep the value.
    /// An explicit cast may not (<c>(int)0.5</c>), so it stays and its operand is not looked into.
    /// </summary>
    public static IOperation WithoutImplicitConversions(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true, ConstantValue.HasValue: false } conversion)
            value = conversion.Operand;
        return value;
    }

    /// <summary>Every operation of the body in document order, without descending into lambdas and local functions.</summary>
    public static IEnumerable<IOperation> OwnOperations(IEnumerable<IOperation> body)
    {
        // A stack pops the last pushed first, so each level is pushed in reverse to come out in document order.
        var pending = new Stack<IOperation>(body.Reverse());
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
                continue;
            foreach (var child in operation.ChildOperations.Reverse())
                pending.Push(child);
        }
    }
}
