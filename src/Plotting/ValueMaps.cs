using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MdpDsl.Plotting;

/// <summary>Lays V and a policy out on a <see cref="HeatMap"/>, for any result that has both.</summary>
internal static class ValueMaps
{
    public static HeatMap Draw<TState, TAction>(
        StateValues<TState> v,
        Policy<TState, TAction> policy,
        MdpModel<TState, TAction> model,
        PolicyArrows arrows,
        Func<TState, (int X, int Y)>? position,
        Func<TAction, (double Dx, double Dy)>? direction)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(model);
        var states = model.States;
        if (v.Count != states.Count)
            throw new ArgumentException($"The values cover {v.Count} states and the model has {states.Count}: pass the model that was solved.", nameof(model));
        position ??= GridPosition<TState>.Read;
        var cells = states.ToDictionary(state => state, state => Place(state, position));
        var map = new HeatMap(cells.Values.Max(cell => cell.X) + 1, cells.Values.Max(cell => cell.Y) + 1) { ValueCaption = "V(s)", XCaption = "x", YCaption = "y" };

        foreach (var state in states)
        {
            if (model.IsTerminal(state))
                continue;
            var (x, y) = cells[state];
            map.SetValue(x, y, v[state]);
            map.SetLabel(x, y, v[state].ToString("0.00", CultureInfo.InvariantCulture));
            if (arrows == PolicyArrows.None)
                continue;
            var distribution = policy.Distribution(state);
            var likeliest = distribution.Max(choice => choice.Probability);
            var drawn = arrows == PolicyArrows.Likeliest
                ? distribution.Where(choice => choice.Probability == likeliest).Take(1)
                : distribution.Where(choice => choice.Probability > 0);
            foreach (var (action, probability) in drawn)
            {
                var (dx, dy) = direction is null ? ExpectedMove(model, state, action, cells) : direction(action);
                var length = Math.Sqrt(dx * dx + dy * dy);
                if (length == 0 || !double.IsFinite(length))
                    continue;
                var scale = probability / likeliest / length;
                map.AddArrow(x, y, dx * scale, dy * scale);
            }
        }
        return map;
    }

    private static (int X, int Y) Place<TState>(TState state, Func<TState, (int X, int Y)> position)
    {
        var cell = position(state);
        if (cell.X < 0 || cell.Y < 0)
            throw new ArgumentException($"The state {state} is placed at ({cell.X}, {cell.Y}); a heat map's cells start at (0, 0).", nameof(position));
        return cell;
    }

    private static (double Dx, double Dy) ExpectedMove<TState, TAction>(MdpModel<TState, TAction> model, TState state, TAction action, Dictionary<TState, (int X, int Y)> cells)
        where TState : notnull
        where TAction : struct
    {
        var (x, y) = cells[state];
        var (dx, dy) = (0.0, 0.0);
        foreach (var (successor, probability) in model.Transitions(state, action))
        {
            dx += probability * (cells[successor].X - x);
            dy += probability * (cells[successor].Y - y);
        }
        return (dx, dy);
    }
}
