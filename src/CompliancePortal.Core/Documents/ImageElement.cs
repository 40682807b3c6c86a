namespace CompliancePortal.Core.Documents;

/// <summary>A PNG or JPEG image, scaled to <see cref="Width"/> points (at most the text width), with an optional caption.</summary>
public sealed record ImageElement(byte[] Data, double Width, string? Caption = null) : DocumentElement;
