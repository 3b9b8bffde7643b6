using Frontline.Cli;

return CommandLine.Build().Parse(args).Invoke();
