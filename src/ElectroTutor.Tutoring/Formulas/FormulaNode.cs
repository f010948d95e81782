namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A node of a parsed formula.</summary>
internal abstract record FormulaNode
{
    public abstract double Evaluate(Func<string, double> variable);

    public abstract IEnumerable<string> Variables();
}
