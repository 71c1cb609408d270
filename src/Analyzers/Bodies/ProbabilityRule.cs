using System;
using System.Collections.Generic;
using System.Linq;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MdpDsl.Analyzers.Bodies;

/// <summary>
/// MDP019 and MDP007: a distribution whose probabilities the compiler can fold must have no probability outside
/// [0, 1] (MDP019) and must sum to 1 (MDP007). It reads the (state, probability) tuples of a returned array or collection
/// expression or of a returned <c>Distribution.Categorical(…)</c> call, the <c>yield return</c>s of an iterator
/// along each path through it, and likewise the <c>next.Add(…)</c> calls of a transition that fills a
/// <c>Successors&lt;S&gt;</c>. An empty distribution is left alone: it is what
/// a terminal or masked (state, action) may return, and <c>Compile()</c> never asks for those.
/// </summary>
internal static class ProbabilityRule
{
    /// <summary>How far a sum may stray from 1: <c>ModelCompiler.ProbabilityTolerance</c>, mirrored because the generator never loads the runtime.</summary>
    public const double Tolerance = 1e-9;

    /// <param name="member">The transition or initial member.</param>
    /// <param name="body">Its body.</param>
    /// <param name="successors">The runtime's <c>Successors&lt;TState&gt;</c>, which a transition of the third shape fills.</param>
    public static IEnumerable<Diagnostic> Check(ISymbol member, IEnumerable<IOperation> body, INamedTypeSymbol? successors)
    {
        var roots = body.ToList();
        var diagnostics = new List<Diagnostic>();
        foreach (var list in ReturnedValues.Of(roots))
        {
            if (Elements(list) is { } elements)
                CheckDistribution(member, elements.Select(Probability).ToList(), list.Syntax.GetLocation(), diagnostics);
        }

        // The outcomes one at a time: yield returns, or the sink's Add calls.
        var sink = Sink(member, successors);
        Func<IOperation, bool> isOutcome = sink is null
            ? static operation => operation.Kind == OperationKind.YieldReturn
            : operation => OutcomePaths.AddOn(operation, sink) is not null;
        // An outcome outside [0, 1] is wrong wherever it stands; the sums of the paths only matter once none is.
        var outOfRange = OutOfRange(member, ReturnedValues.OwnOperations(roots).Where(isOutcome).Select(ProbabilityOf)).ToList();
        diagnostics.AddRange(outOfRange);
        var paths = sink is null ? OutcomePaths.OfYields(roots) : OutcomePaths.OfAdds(roots, sink);
        if (outOfRange.Count == 0 && paths is not null)
        {
            foreach (var path in paths.Where(p => p.Length > 0))
            {
                var location = path[path.Length - 1].Syntax.GetLocation();
                if (diagnostics.All(d => d.Location != location))
                    CheckSum(member, path.Select(ProbabilityOf).ToList(), location, diagnostics);
            }
        }
        return diagnostics;
    }

    /// <summary>The <c>Successors&lt;S&gt;</c> parameter a transition of the third shape adds its outcomes to, if it is one.</summary>
    private static IParameterSymbol? Sink(ISymbol member, INamedTypeSymbol? successors) =>
        member is IMethodSymbol { ReturnsVoid: true, Parameters.Length: 3 } method &&
        method.Parameters[2].Type is INamedTypeSymbol { IsGenericType: true } type &&
        SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, successors)
            ? method.Parameters[2]
            : null;

    /// <summary>
    /// The probability an outcome statement gives: the second element of a yielded tuple literal, or the
    /// <c>probability</c> argument of a sink's <c>Add</c>; null when it is not written out there.
    /// </summary>
    private static IOperation? ProbabilityOf(IOperation outcome) => outcome switch
    {
        IReturnOperation { ReturnedValue: { } value } => Probability(value),
        IExpressionStatementOperation { Operation: IInvocationOperation call } =>
            call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 1)?.Value,
        _ => null,
    };

    private static void CheckDistribution(ISymbol member, List<IOperation?> probabilities, Location location, List<Diagnostic> diagnostics)
    {
        var outOfRange = OutOfRange(member, probabilities).ToList();
        diagnostics.AddRange(outOfRange);
        if (outOfRange.Count == 0)
            CheckSum(member, probabilities, location, diagnostics);
    }

    /// <summary>Reports a sum away from 1 when every probability is a constant.</summary>
    private static void CheckSum(ISymbol member, List<IOperation?> probabilities, Location location, List<Diagnostic> diagnostics)
    {
        var values = probabilities.Select(p => p is null ? null : ConstantNumbers.Of(p)).ToList();
        if (values.Count == 0 || values.Any(v => v is null))
            return;
        var sum = values.Sum(v => v!.Value);
        if (Math.Abs(sum - 1) <= Tolerance)
            return;
        var terms = string.Join(" + ", values.Select(v => ConstantNumbers.Format(v!.Value)));
        diagnostics.Add(Diagnostic.Create(Diagnostics.BadProbabilitySum, location, member.Name, ConstantNumbers.Format(Math.Round(sum, 12)), terms));
    }

    private static IEnumerable<Diagnostic> OutOfRange(ISymbol member, IEnumerable<IOperation?> probabilities)
    {
        foreach (var probability in probabilities)
        {
            if (probability is not null && ConstantNumbers.Of(probability) is { } value && !(value >= 0 && value <= 1))
            {
                yield return Diagnostic.Create(Diagnostics.BadProbability, probability.Syntax.GetLocation(), member.Name, ConstantNumbers.Format(value));
            }
        }
    }

    /// <summary>
    /// The elements of an array creation or collection expression, or the tuple arguments of a call to the runtime's
    /// <c>Distribution.Categorical</c>; null for anything else.
    /// </summary>
    private static IEnumerable<IOperation>? Elements(IOperation list)
    {
        if (CategoricalArguments(list) is { } arguments)
            return arguments;
        if (list is IArrayCreationOperation { Initializer: { } initializer } && initializer.ElementValues.All(e => e is not IArrayInitializerOperation))
            return initializer.ElementValues;
        // Roslyn 4.8 binds a collection expression to an operation without a kind of its own (newer compilers give
        // it one), so it is recognised by its syntax; its children are its elements unless it spreads another.
        if (list.Syntax is CollectionExpressionSyntax collection && collection.Elements.All(e => e is ExpressionElementSyntax))
        {
            var children = list.ChildOperations.ToList();
            return children.Count == collection.Elements.Count ? children : null;
        }
        return null;
    }

    /// <summary>
    /// The tuple literals passed to <c>MdpDsl.Distribution.Categorical</c>, one per argument, or null when the call is
    /// another or an argument is not a tuple literal (a variable, an array). Read by syntax, since how a <c>params</c>
    /// collection is bound differs between compiler versions.
    /// </summary>
    private static IReadOnlyList<IOperation>? CategoricalArguments(IOperation value)
    {
        if (ReturnedValues.WithoutImplicitConversions(value) is not IInvocationOperation
            {
                TargetMethod: { Name: "Categorical", ContainingType: { Name: "Distribution", ContainingNamespace: { Name: "MdpDsl", ContainingNamespace.IsGlobalNamespace: true } } },
                Syntax: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments },
            } call)
        {
            return null;
        }
        var tuples = new List<IOperation>(arguments.Count);
        foreach (var argument in arguments)
        {
            if (call.Descendants().FirstOrDefault(o => o is ITupleOperation && o.Syntax == argument.Expression) is not { } tuple)
                return null;
            tuples.Add(tuple);
        }
        return tuples;
    }

    /// <summary>The probability of a (state, probability) tuple, or null when the element is not a tuple literal.</summary>
    private static IOperation? Probability(IOperation element) =>
        ReturnedValues.WithoutImplicitConversions(element) is ITupleOperation { Elements.Length: 2 } tuple ? tuple.Elements[1] : null;
}
