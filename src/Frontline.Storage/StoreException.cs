namespace Frontline.Storage;

/// <summary>A store that cannot be opened or written, with what and why.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
