using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MdpDsl.Plotting;

/// <summary>
/// Charts of models' results: <c>solution.ValueHeatMap(model)</c>, <c>result.LearningCurve()</c>,
/// <c>solution.ActionValueBars(model, state)</c>. Each returns a chart to caption further and save with
/// <see cref="Picture.SaveSvg(string)"/> or <see cref="Picture.SavePng(string, int, int)"/>.
/// </summary>
public static class PlotCatalog
{
    /// <summary>
    /// A heat map of V for states that are cells of a grid, with the policy's <paramref name="arrows"/>; terminal
    /// states stay grey and unlabelled (their value is 0 by definition), the others carry V to two decimals.
    /// </summary>
    /// <param name="solution">A solution of <paramref name="model"/>.</param>
    /// <param name="model">The model, for its states, terminal states and (for the arrows' default direction) transitions.</param>
    /// <param name="arrows">Which actions to draw as arrows.</param>
    /// <param name="position">
    /// The cell (X, Y) of a state, X to the right and Y up, both from 0; by default the state's two public int
    /// properties or fields, in declaration order.
    /// </param>
    /// <param name="direction">
    /// The direction (dx, dy) of an action's arrow; by default, in each state, the action's expected move
    /// Σ p(s'|s, a) (position(s') − position(s)), so a slippery "up" still points up and an action that stays put gets no arrow.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The state type is not two integers and no <paramref name="position"/> was given, a position is negative, or the
    /// solution does not have one value per state of the model.
    /// </exception>
    public static HeatMap ValueHeatMap<TState, TAction>(
        this Solution<TState, TAction> solution,
        MdpModel<TState, TAction> model,
        PolicyArrows arrows = PolicyArrows.Likeliest,
        Func<TState, (int X, int Y)>? position = null,
        Func<TAction, (double Dx, double Dy)>? direction = null)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(solution);
        return ValueMaps.Draw(solution.V, solution.Policy, model, arrows, position, direction);
    }

    /// <summary>The same heat map as for a solution, of what a learner learned: its V and its policy.</summary>
    /// <inheritdoc cref="ValueHeatMap{TState, TAction}(Solution{TState, TAction}, MdpModel{TState, TAction}, PolicyArrows, Func{TState, ValueTuple{int, int}}?, Func{TAction, ValueTuple{double, double}}?)"/>
    public static HeatMap ValueHeatMap<TState, TAction>(
        this LearningResult<TState, TAction> result,
        MdpModel<TState, TAction> model,
        PolicyArrows arrows = PolicyArrows.Likeliest,
        Func<TState, (int X, int Y)>? position = null,
        Func<TAction, (double Dx, double Dy)>? direction = null)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        return ValueMaps.Draw(result.V, result.Policy, model, arrows, position, direction);
    }

    /// <summary>
    /// The learner's return per episode, smoothed by a trailing moving average over <paramref name="window"/> episodes
    /// (1 draws it raw). Add more learners to the chart with <see cref="LineChart.AddSeries"/>.
    /// </summary>
    /// <param name="result">What a learner returned.</param>
    /// <param name="name">The line's name in the legend.</param>
    /// <param name="window">The episodes averaged into each point, at least 1.</param>
    /// <exception cref="ArgumentException">The result has no episodes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is below 1.</exception>
    public static LineChart LearningCurve<TState, TAction>(this LearningResult<TState, TAction> result, string name = "return", int window = 10)
        where TState : notnull
    {
        ArgumentNullException.ThrowIfNull(result);
        return LearningCurve(result.Returns, name, window);
    }

    /// <inheritdoc cref="LearningCurve{TState, TAction}(LearningResult{TState, TAction}, string, int)"/>
    /// <param name="result">What an approximate learner returned.</param>
    /// <param name="name">The line's name in the legend.</param>
    /// <param name="window">The episodes averaged into each point, at least 1.</param>
    public static LineChart LearningCurve<TState, TAction>(this ApproximateResult<TState, TAction> result, string name = "return", int window = 10)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        return LearningCurve(result.Returns, name, window);
    }

    private static LineChart LearningCurve(IReadOnlyList<double> returns, string name, int window)
    {
        var chart = new LineChart { XCaption = "episode", YCaption = window == 1 ? "return" : $"return, mean of the last {window} episodes" };
        chart.AddSeries(name, LineChart.MovingAverage(returns, window));
        return chart;
    }

    /// <summary>Q(<paramref name="state"/>, a) as one bar per action available there, with its value written on it.</summary>
    /// <param name="solution">A solution of <paramref name="model"/>.</param>
    /// <param name="model">The model, for the actions available in the state.</param>
    /// <param name="state">A state that is not terminal.</param>
    /// <exception cref="ArgumentException">The state is terminal: no action has a value there.</exception>
    public static BarChart ActionValueBars<TState, TAction>(this Solution<TState, TAction> solution, MdpModel<TState, TAction> model, TState state)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(model);
        if (model.IsTerminal(state))
            throw new ArgumentException($"The state {state} is terminal: no action has a value there to draw.", nameof(state));
        var actions = model.Actions.Where(action => model.IsAllowed(state, action)).ToArray();
        var chart = new BarChart(actions.Select(action => action.ToString() ?? ""))
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Action values in {state}"),
            XCaption = "action",
            YCaption = "Q(s, a)",
            ShowValues = true,
        };
        chart.AddSeries("Q", actions.Select(action => solution.Q[state, action]));
        return chart;
    }
}
