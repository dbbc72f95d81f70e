using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/PolicyCompare.Benchmarks -- --filter '*'` runs every benchmark;
// `-- --filter '*Parse*'` one group. Results (time and allocated memory) are printed as a table.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
