namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>
/// The features φ(s) = (1, 1[s = 0], …, 1[s = n − 2]): a bias every state shares plus an indicator for each state
/// but the last. They span the same functions of the state as a table, so soft value iteration's answer is
/// representable, but every update also moves every other state's estimate through the shared bias.
/// </summary>
internal sealed class BiasAndIndicators(int states)
{
    public int Count => states;

    public double this[int state, int feature] => feature == 0 || feature == state + 1 ? 1 : 0;

    /// <summary>‖φ(s)‖², which normalizes a step so that it moves the estimate at s by exactly rate × error.</summary>
    public double SquaredNorm(int state) => state < states - 1 ? 2 : 1;
}

/// <summary>A linear critic Q(s, a) = w_a · φ(s) with a target copy, trained by normalized least-mean-squares steps.</summary>
internal sealed class LinearSoftCritic(BiasAndIndicators features, int actions) : ISoftCritic
{
    private readonly double[] _weights = new double[actions * features.Count];
    private readonly double[] _target = new double[actions * features.Count];

    public double Value(int state, int action) => Dot(_weights, state, action);

    public double TargetValue(int state, int action) => Dot(_target, state, action);

    public void Update(int state, int action, double target, double learningRate)
    {
        var step = learningRate * (target - Value(state, action)) / features.SquaredNorm(state);
        for (var i = 0; i < features.Count; i++)
            _weights[action * features.Count + i] += step * features[state, i];
    }

    public void UpdateTarget(double tau)
    {
        for (var i = 0; i < _weights.Length; i++)
            _target[i] += tau * (_weights[i] - _target[i]);
    }

    private double Dot(double[] weights, int state, int action)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Count; i++)
            sum += weights[action * features.Count + i] * features[state, i];
        return sum;
    }
}

/// <summary>A linear softmax actor: logits z(s, a) = θ_a · φ(s), every action allowed.</summary>
internal sealed class LinearSoftActor(BiasAndIndicators features, int actions) : ISoftActor
{
    private readonly double[] _weights = new double[actions * features.Count];

    public void Probabilities(int state, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        for (var a = 0; a < actions; a++)
        {
            probabilities[a] = 0;
            for (var i = 0; i < features.Count; i++)
                probabilities[a] += _weights[a * features.Count + i] * features[state, i];
            max = Math.Max(max, probabilities[a]);
        }
        var sum = 0.0;
        for (var a = 0; a < actions; a++)
            sum += probabilities[a] = Math.Exp(probabilities[a] - max);
        for (var a = 0; a < actions; a++)
            probabilities[a] /= sum;
    }

    public void Descend(int state, ReadOnlySpan<double> logitGradient, double learningRate)
    {
        // ∂z(s, a)/∂θ_a = φ(s): the chain rule through the features.
        var scale = learningRate / features.SquaredNorm(state);
        for (var a = 0; a < actions; a++)
        {
            for (var i = 0; i < features.Count; i++)
                _weights[a * features.Count + i] -= scale * logitGradient[a] * features[state, i];
        }
    }
}
