namespace ElectroTutor.Tutoring.Formulas;

/// <summary>A binary arithmetic, comparison or logical operation; comparisons give 1 for true and 0 for false.</summary>
internal sealed record BinaryNode(string Operator, FormulaNode Left, FormulaNode Right) : FormulaNode
{
    public override double Evaluate(Func<string, double> variable)
    {
        var left = Left.Evaluate(variable);
        var right = Right.Evaluate(variable);
        return Operator switch
        {
            "+" => left + right,
            "-" => left - right,
            "*" => left * right,
            "/" => left / right,
            "^" => Math.Pow(left, right),
            "<" => Truth(left < right),
            "<=" => Truth(left <= right),
            ">" => Truth(left > right),
            ">=" => Truth(left >= right),
            "==" => Truth(left == right),
            "!=" => Truth(left != right),
            "&&" => Truth(left != 0 && right != 0),
            "||" => Truth(left != 0 || right != 0),
            _ => throw new FormulaException($"Unknown operator '{Operator}'."),
        };
    }

    public override IEnumerable<string> Variables() => Left.Variables().Concat(Right.Variables());

    private static double Truth(bool value) => value ? 1 : 0;
}
