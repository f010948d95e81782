namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A named value: a template parameter, a derived value or a constant.</summary>
internal sealed record VariableNode(string Name) : FormulaNode
{
    public override double Evaluate(Func<string, double> variable) => variable(Name);

    public override IEnumerable<string> Variables() => [Name];
}
