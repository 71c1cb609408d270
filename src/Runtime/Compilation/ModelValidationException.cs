using System.Globalization;
using System;
using MdpDsl.Compilation;
using MdpDsl.Foundation;

namespace MdpDsl;

/// <summary>
/// Thrown by <c>Compile()</c> when the model's members describe no valid MDP. The message names the state,
/// action and value at fault; the same facts are available as properties.
/// </summary>
public sealed class ModelValidationException : Exception
{
    private ModelValidationException(string message, object? state, object? action, double? value, object? successor = null, Exception? inner = null)
        : base(message, inner)
    {
        State = state;
        Action = action;
        Value = value;
        Successor = successor;
    }

    /// <summary>The state at fault, if there is one.</summary>
    public object? State { get; }

    /// <summary>The action at fault, if there is one.</summary>
    public object? Action { get; }

    /// <summary>The offending number (probability, sum, reward or count), if there is one.</summary>
    public double? Value { get; }

    /// <summary>The successor at fault (one outside the state space, or with a bad probability), if there is one.</summary>
    public object? Successor { get; }

    internal static ModelValidationException BadProbability(object? state, object? action, object? successor, double probability) =>
        new($"{Where(state, action)}: the probability of successor {successor} is {Format(probability)}; probabilities must be finite and non-negative.",
            state, action, probability, successor);

    internal static ModelValidationException BadSum(object? state, object? action, double sum) =>
        new($"{Where(state, action)}: the successor probabilities sum to {Format(sum)}, not 1 (tolerance {Format(Tolerances.Probability)}).",
            state, action, sum);

    internal static ModelValidationException NotDeterministic(object? state, object? action, int successors) =>
        new($"{Where(state, action)}: deterministic dynamics must have exactly one successor, but there are {successors}.",
            state, action, successors);

    internal static ModelValidationException OutsideSpace(object? state, object? action, object? successor) =>
        new($"{Where(state, action)}: successor {successor} is outside the state space (a DSL model: check the [Range] of its fields; a model from arrays: successors lie in [0, states)).",
            state, action, null, successor);

    internal static ModelValidationException BadReward(object? state, object? action, double reward) =>
        new($"{Where(state, action)}: the reward is {Format(reward)}; rewards must be finite.", state, action, reward);

    internal static ModelValidationException PositiveReward(object? state, object? action, double reward) =>
        new($"{Where(state, action)}: the reward is {Format(reward)}, but Likelihood = Optimality.Exponential needs every reward ≤ 0 " +
            "so that exp(r) is a probability; subtract the largest reward from every reward.", state, action, reward);

    internal static ModelValidationException NoAllowedAction(object? state) =>
        new($"State {state} is not terminal but allows no action; make it terminal ([Terminal], or TabularMdpOptions.Terminal) or allow an action.", state, null, null);

    internal static ModelValidationException BadInitial(object? state, double probability) =>
        new($"The initial distribution gives state {state} the probability {Format(probability)}; probabilities must be finite and non-negative.",
            state, null, probability);

    internal static ModelValidationException InitialOutsideSpace(object? state) =>
        new($"The initial state {state} is outside the state space (a DSL model: check the [Range] of its fields; a model from arrays: successors lie in [0, states)).", state, null, null);

    internal static ModelValidationException BadInitialSum(double sum) =>
        new($"The initial distribution sums to {Format(sum)}, not 1 (tolerance {Format(Tolerances.Probability)}).", null, null, sum);

    internal static ModelValidationException NoInitial() =>
        new("A model with States = StateSpace.Reachable needs an [Initial] state or distribution to search from.", null, null, null);

    internal static ModelValidationException TooManyStates(int cap, object? state) =>
        new($"More than {cap.ToString("N0", CultureInfo.InvariantCulture)} states are reachable (the search had reached {state}); " +
            "raise [Mdp(MaxStates = …)], make the state space smaller, or learn without a table: CreateSimulator() on the model " +
            "samples its [Transition] directly, and the approximate learners (simulator.SoftQLearning(Encoder), simulator.Sac(Encoder)) need no table.", state, null, cap);

    internal static ModelValidationException UserCodeFailed(string member, object? state, object? action, Exception inner)
    {
        var where = state is null ? "While reading the initial distribution" : action is null ? $"State {state}" : Where(state, action);
        // Generated code enumerates a stochastic [Transition]'s result directly, so a null sequence surfaces as this.
        var hint = inner is NullReferenceException && member == "[Transition]" ? " A [Transition] that returns null instead of a sequence causes this." : "";
        return new($"{where}: the model's {member} member threw {inner.GetType().Name}: {inner.Message}{hint} See the inner exception.",
            state, action, null, inner: inner);
    }

    internal static ModelValidationException NullSuccessor(object? state, object? action) =>
        new($"{Where(state, action)}: the [Transition] member returned a null successor state.", state, action, null);

    internal static ModelValidationException NullInitial() =>
        new("The [Initial] member returned a null state.", null, null, null);

    internal static ModelValidationException TooLarge(int states, int actions, string reason) =>
        new($"The model cannot be compiled: {reason}. Make the state space smaller (narrower [Range]s, fewer fields) " +
            "or use the simulator over the [Transition] member, which needs no table.", null, null, (double)states * actions);

    private static string Where(object? state, object? action) => $"State {state}, action {action}";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
