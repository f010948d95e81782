namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A number literal.</summary>
internal sealed record NumberNode(double Value) : FormulaNode
{
    public override double Evaluate(Func<string, double> variable) => Value;

    public override IEnumerable<string> Variables() => [];
}
