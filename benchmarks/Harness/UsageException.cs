using System;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>The command line is wrong; the message says how, and the harness prints the usage after it.</summary>
internal sealed class UsageException(string message) : Exception(message);
