using ElectroTutor.Tutoring.Mastery.Evaluation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// Detects a dataset's format from the files in its folder and reads it:
/// <c>preprocessed_data_train.csv</c>, <c>preprocessed_data_test.csv</c> and <c>q_mat_item_skill.csv</c> mean the
/// Gervet et al. format; exactly one <c>*_train.csv</c> and one <c>*_test.csv</c> mean the 3-line format (DKT, DKVMN).
/// </summary>
internal static class KtDatasetFolder
{
    public const string Gervet = "gervet";
    public const string ThreeLine = "3-line";

    public static KtDatasetLoad Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Fail(folder, "the dataset folder does not exist.");
        }

        var problems = new List<DatasetProblem>();
        try
        {
            var gervetTrain = Path.Combine(folder, "preprocessed_data_train.csv");
            var gervetTest = Path.Combine(folder, "preprocessed_data_test.csv");
            var qMatrix = Path.Combine(folder, "q_mat_item_skill.csv");
            if (File.Exists(gervetTrain) && File.Exists(gervetTest) && File.Exists(qMatrix))
            {
                Dictionary<string, List<string>> skills;
                using (var reader = File.OpenText(qMatrix))
                {
                    skills = QMatrixReader.Read(reader, qMatrix, problems);
                }

                var train = ReadWith(gervetTrain, reader => GervetReader.Read(reader, gervetTrain, skills, problems));
                var test = ReadWith(gervetTest, reader => GervetReader.Read(reader, gervetTest, skills, problems));
                return Result(Gervet, train, test, problems);
            }

            var trains = Directory.GetFiles(folder, "*_train.csv");
            var tests = Directory.GetFiles(folder, "*_test.csv");
            if (trains.Length == 1 && tests.Length == 1)
            {
                var train = ReadWith(trains[0], reader => ThreeLineReader.Read(reader, trains[0], problems));
                var test = ReadWith(tests[0], reader => ThreeLineReader.Read(reader, tests[0], problems));
                return Result(ThreeLine, train, test, problems);
            }

            return Fail(folder, "cannot tell the format: expected preprocessed_data_{train,test}.csv with q_mat_item_skill.csv, "
                + $"or exactly one *_train.csv and one *_test.csv (found {trains.Length} and {tests.Length}).");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(folder, $"cannot read: {exception.Message}");
        }
    }

    private static List<LearnerHistory> ReadWith(string path, Func<TextReader, List<LearnerHistory>> read)
    {
        using var reader = File.OpenText(path);
        return read(reader);
    }

    private static KtDatasetLoad Result(string format, List<LearnerHistory> train, List<LearnerHistory> test, List<DatasetProblem> problems) =>
        problems.Count > 0 ? new KtDatasetLoad(null, problems) : new KtDatasetLoad(new KtDataset(format, train, test), problems);

    private static KtDatasetLoad Fail(string folder, string message) => new(null, [new DatasetProblem(folder, 0, message)]);
}
