global using System;
global using System.Collections.Generic;
global using System.Linq;
global using Xunit;

// The commands write to Console.Out and Console.Error, which the tests redirect: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
