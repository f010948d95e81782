namespace ElectroTutor.Tutoring.Formulas;

/// <summary>Negation or logical not.</summary>
internal sealed record UnaryNode(char Operator, FormulaNode Operand) : FormulaNode
{
    public override double Evaluate(Func<string, double> variable)
    {
        var value = Operand.Evaluate(variable);
        return Operator == '!' ? (value == 0 ? 1 : 0) : -value;
    }

    public override IEnumerable<string> Variables() => Operand.Variables();
}
