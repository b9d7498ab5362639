using PrepPack.Cli;

return PrepPackCli.Run(args, Console.Out, Console.Error);
