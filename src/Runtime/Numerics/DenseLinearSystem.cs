using System;

namespace MdpDsl.Numerics;

/// <summary>Solves A x = b by Gaussian elimination with partial pivoting, for the exact solves of small models.</summary>
internal static class DenseLinearSystem
{
    /// <summary>Solves in place: <paramref name="matrix"/> (n × n, row-major) is destroyed, <paramref name="rhs"/> becomes x.</summary>
    /// <returns>False when the matrix is singular to working precision.</returns>
    public static bool TrySolve(double[] matrix, double[] rhs)
    {
        var n = rhs.Length;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(matrix[row * n + col]) > Math.Abs(matrix[pivot * n + col]))
                    pivot = row;
            }
            if (Math.Abs(matrix[pivot * n + col]) < 1e-300)
                return false;
            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                    (matrix[pivot * n + k], matrix[col * n + k]) = (matrix[col * n + k], matrix[pivot * n + k]);
                (rhs[pivot], rhs[col]) = (rhs[col], rhs[pivot]);
            }

            var diagonal = matrix[col * n + col];
            var pivotRow = matrix.AsSpan(col * n, n);
            for (var row = col + 1; row < n; row++)
            {
                var factor = matrix[row * n + col] / diagonal;
                if (factor == 0)
                    continue;
                var target = matrix.AsSpan(row * n, n);
                for (var k = col; k < n; k++)
                    target[k] -= factor * pivotRow[k];
                rhs[row] -= factor * rhs[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            var sum = rhs[row];
            for (var k = row + 1; k < n; k++)
                sum -= matrix[row * n + k] * rhs[k];
            rhs[row] = sum / matrix[row * n + row];
        }
        return true;
    }
}
