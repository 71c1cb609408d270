using System;
using System.Threading;
using MdpDsl.Storage;

namespace MdpDsl.Compilation;

/// <summary>What <see cref="ModelCompiler"/> produces: the table, the two indices, the start distribution and the settings.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class CompiledMdp<TState, TAction>
    where TState : notnull
{
    private readonly (int Index, double Probability)[]? _initialOutcomes;
    private double[]? _initial;

    internal CompiledMdp(TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, double[] initial, MdpSettings settings)
        : this(table, states, actions, settings)
    {
        _initial = initial;
    }

    /// <summary>
    /// A model whose start distribution is given by its outcomes (indices may repeat; their probabilities add up):
    /// the dense <see cref="Initial"/>, one double per state, is built when first read, so that <c>Compile()</c>
    /// allocates little beyond the table for a model that starts in a few states.
    /// </summary>
    internal CompiledMdp(TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, (int Index, double Probability)[] initialOutcomes, MdpSettings settings)
        : this(table, states, actions, settings)
    {
        _initialOutcomes = initialOutcomes;
    }

    private CompiledMdp(TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, MdpSettings settings)
    {
        Table = table;
        States = states;
        Actions = actions;
        Settings = settings;
    }

    internal TransitionTable Table { get; }

    internal Indexer<TState> States { get; }

    internal Indexer<TAction> Actions { get; }

    /// <summary>The start distribution over state indices; all zeros when the model declares no <see cref="InitialAttribute"/>.</summary>
    internal double[] Initial => _initial ?? LazyInitializer.EnsureInitialized(ref _initial, DenseInitial);

    internal MdpSettings Settings { get; }

    /// <summary>How long <see cref="ModelCompiler"/> took to build this table (zero for a table made elsewhere).</summary>
    internal TimeSpan CompileTime { get; init; }

    private double[] DenseInitial()
    {
        var initial = new double[Table.StateCount];
        foreach (var (index, probability) in _initialOutcomes!)
            initial[index] += probability;
        return initial;
    }
}
