namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A call of a built-in function.</summary>
internal sealed record CallNode(FormulaFunction Function, IReadOnlyList<FormulaNode> Arguments) : FormulaNode
{
    public override double Evaluate(Func<string, double> variable)
    {
        Span<double> values = stackalloc double[Arguments.Count];
        for (var i = 0; i < Arguments.Count; i++)
        {
            values[i] = Arguments[i].Evaluate(variable);
        }

        return Function.Apply(values);
    }

    public override IEnumerable<string> Variables() => Arguments.SelectMany(a => a.Variables());
}
