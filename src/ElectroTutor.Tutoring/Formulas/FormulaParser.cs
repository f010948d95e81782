using System.Globalization;

namespace ElectroTutor.Tutoring.Formulas;

/// <summary>Recursive-descent parser for <see cref="Formula"/>; precedence from loosest: || &amp;&amp; comparison + - * / unary ^.</summary>
internal sealed class FormulaParser(string text)
{
    private static readonly string[] Comparisons = ["<=", ">=", "==", "!=", "<", ">"];
    private int position;

    public FormulaNode ParseWhole()
    {
        var node = ParseOr();
        SkipSpace();
        return position == text.Length ? node : throw Error($"unexpected '{text[position]}'");
    }

    private FormulaNode ParseOr()
    {
        var node = ParseAnd();
        while (Accept("||"))
        {
            node = new BinaryNode("||", node, ParseAnd());
        }

        return node;
    }

    private FormulaNode ParseAnd()
    {
        var node = ParseComparison();
        while (Accept("&&"))
        {
            node = new BinaryNode("&&", node, ParseComparison());
        }

        return node;
    }

    private FormulaNode ParseComparison()
    {
        var node = ParseSum();
        foreach (var op in Comparisons)
        {
            if (Accept(op))
            {
                return new BinaryNode(op, node, ParseSum());
            }
        }

        return node;
    }

    private FormulaNode ParseSum()
    {
        var node = ParseProduct();
        while (true)
        {
            if (Accept("+"))
            {
                node = new BinaryNode("+", node, ParseProduct());
            }
            else if (Accept("-"))
            {
                node = new BinaryNode("-", node, ParseProduct());
            }
            else
            {
                return node;
            }
        }
    }

    private FormulaNode ParseProduct()
    {
        var node = ParseUnary();
        while (true)
        {
            if (Accept("*"))
            {
                node = new BinaryNode("*", node, ParseUnary());
            }
            else if (Accept("/"))
            {
                node = new BinaryNode("/", node, ParseUnary());
            }
            else
            {
                return node;
            }
        }
    }

    private FormulaNode ParseUnary()
    {
        if (Accept("-"))
        {
            return new UnaryNode('-', ParseUnary());
        }

        if (Accept("!"))
        {
            return new UnaryNode('!', ParseUnary());
        }

        var node = ParsePrimary();
        return Accept("^") ? new BinaryNode("^", node, ParseUnary()) : node;
    }

    private FormulaNode ParsePrimary()
    {
        SkipSpace();
        if (position >= text.Length)
        {
            throw Error("the formula ends too early");
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            return Accept(")") ? inner : throw Error("a ')' is missing");
        }

        var c = text[position];
        if (char.IsAsciiDigit(c) || c == '.')
        {
            return ParseNumber();
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            var name = text[start..position];
            return Accept("(") ? ParseCall(name) : new VariableNode(name);
        }

        throw Error($"unexpected '{c}'");
    }

    private CallNode ParseCall(string name)
    {
        if (!FormulaFunction.All.TryGetValue(name, out var function))
        {
            throw Error($"unknown function '{name}' (known: {string.Join(", ", FormulaFunction.All.Keys)})");
        }

        var arguments = new List<FormulaNode>();
        if (!Accept(")"))
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (Accept(","));
            if (!Accept(")"))
            {
                throw Error($"a ')' is missing after the arguments of {name}");
            }
        }

        return arguments.Count == function.Arity
            ? new CallNode(function, arguments)
            : throw Error($"{name} takes {function.Arity} argument(s), not {arguments.Count}");
    }

    private NumberNode ParseNumber()
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
        {
            position++;
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            var mark = position++;
            if (position < text.Length && text[position] is '+' or '-')
            {
                position++;
            }

            if (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }
            }
            else
            {
                position = mark;
            }
        }

        return double.TryParse(text.AsSpan(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new NumberNode(value)
            : throw Error($"'{text[start..position]}' is not a number");
    }

    private bool Accept(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0)
        {
            return false;
        }

        // '<' must not swallow the first half of '<=' and so on; '!' must not take '!='.
        if (token is "<" or ">" or "!" && position + 1 < text.Length && text[position + 1] == '=')
        {
            return false;
        }

        position += token.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private FormulaException Error(string message) =>
        new($"Formula '{text}': {message} at character {position + 1}.");
}
