using CxoneApprove.Cli;

return await CliApp.RunAsync(args, CliContext.FromConsole());
