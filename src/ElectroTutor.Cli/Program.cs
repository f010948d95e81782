using ElectroTutor.Cli;

return ElectroTutorCommand.Run(args, Console.Out, Console.Error);
