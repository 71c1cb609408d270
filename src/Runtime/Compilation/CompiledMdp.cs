using System;
using MdpDsl.Storage;

namespace MdpDsl.Compilation;

/// <summary>What <see cref="ModelCompiler"/> produces: the table, the two indices, the start distribution and the settings.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class CompiledMdp<TState, TAction>
    where TState : notnull
{
    internal CompiledMdp(TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, double[] initial, MdpSettings settings)
    {
        Table = table;
        States = states;
        Actions = actions;
        Initial = initial;
        Settings = settings;
    }

    internal TransitionTable Table { get; }

    internal Indexer<TState> States { get; }

    internal Indexer<TAction> Actions { get; }

    /// <summary>The start distribution over state indices; all zeros when the model declares no <see cref="InitialAttribute"/>.</summary>
    internal double[] Initial { get; }

    internal MdpSettings Settings { get; }

    /// <summary>How long <see cref="ModelCompiler"/> took to build this table (zero for a table made elsewhere).</summary>
    internal TimeSpan CompileTime { get; init; }
}
