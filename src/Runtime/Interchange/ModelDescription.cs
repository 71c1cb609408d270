using System;
using System.Collections.Generic;
using System.Text.Json;
using MdpDsl.Storage;

namespace MdpDsl.Interchange;

/// <summary>
/// A compiled model as saved files see it: every state written as JSON and as a canonical key, the action names,
/// and the model's <see cref="ModelIdentity"/>. Built once per model, on its first save or load.
/// </summary>
internal sealed class ModelDescription
{
    private readonly Dictionary<string, int> _stateByKey;
    private readonly Dictionary<string, int> _actionByName;
    private readonly Func<int, string> _describe;

    private ModelDescription(
        TransitionTable table, JsonElement[] states, string[] keys, Dictionary<string, int> stateByKey, string[] actionNames,
        Func<int, string> describe, ModelIdentity identity)
    {
        Table = table;
        States = states;
        Keys = keys;
        _stateByKey = stateByKey;
        ActionNames = actionNames;
        _actionByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < actionNames.Length; a++)
            _actionByName[actionNames[a]] = a;
        _describe = describe;
        Identity = identity;
    }

    public TransitionTable Table { get; }

    /// <summary>Each state as JSON, by index.</summary>
    public JsonElement[] States { get; }

    /// <summary>Each state's canonical JSON text, by index.</summary>
    public string[] Keys { get; }

    /// <summary>Each action's name, by index.</summary>
    public string[] ActionNames { get; }

    public ModelIdentity Identity { get; }

    public int StateCount => Table.StateCount;

    public int ActionCount => Table.ActionCount;

    /// <summary>Describes all of a model. Its states must be told apart by what is written of them.</summary>
    /// <exception cref="NotSupportedException">Two states are written alike, so a file could not say which is which.</exception>
    public static ModelDescription Create<TState, TAction>(
        IReadOnlyList<TState> states, IReadOnlyList<TAction> actions, TransitionTable table, double discount, int? horizon)
        where TState : notnull
        where TAction : struct
    {
        var shape = StateShape.Of(typeof(TState));
        var elements = new JsonElement[states.Count];
        var keys = new string[states.Count];
        var byKey = new Dictionary<string, int>(states.Count, StringComparer.Ordinal);
        for (var s = 0; s < states.Count; s++)
        {
            elements[s] = CanonicalJson.Element(shape, states[s]);
            keys[s] = CanonicalJson.Of(elements[s]);
            if (!byKey.TryAdd(keys[s], s))
            {
                throw new NotSupportedException(
                    $"States {states[byKey[keys[s]]]} and {states[s]} of {TypeDisplay.Name(typeof(TState))} are both written as {keys[s]}, " +
                    "so a saved file could not tell them apart. Give the state type public fields or properties that tell its states apart " +
                    "(or a ToString that does, when it has none).");
            }
        }

        var names = new string[actions.Count];
        for (var a = 0; a < names.Length; a++)
            names[a] = TypeDisplay.ActionName(actions[a]);

        var identity = new ModelIdentity(
            TypeDisplay.Name(typeof(TState)),
            TypeDisplay.Name(typeof(TAction)),
            states.Count,
            names,
            ModelFingerprint.StateSpace(keys),
            discount,
            horizon,
            ModelFingerprint.Dynamics(table, keys, names));
        return new ModelDescription(table, elements, keys, byKey, names, s => states[s].ToString() ?? keys[s], identity);
    }

    /// <summary>The index of the state whose canonical key is <paramref name="key"/>.</summary>
    public bool TryIndexOfState(string key, out int index) => _stateByKey.TryGetValue(key, out index);

    /// <summary>The index of the action named <paramref name="name"/>.</summary>
    public bool TryIndexOfAction(string name, out int index) => _actionByName.TryGetValue(name, out index);

    /// <summary>The state with index <paramref name="index"/>, as its ToString shows it.</summary>
    public string Describe(int index) => _describe(index);
}
