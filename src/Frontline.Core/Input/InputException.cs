namespace Frontline.Core.Input;

/// <summary>Input that cannot be analyzed, with the input's name and (where it has lines) the line number.</summary>
public sealed class InputException(string input, int? line, string reason)
    : Exception(line is null ? $"{input}: {reason}" : $"{input}:{line}: {reason}")
{
    public string Input { get; } = input;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
