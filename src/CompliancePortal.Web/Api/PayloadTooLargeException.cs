namespace CompliancePortal.Web.Api;

/// <summary>A request body larger than the endpoint accepts; answered with 413 before anything is parsed or written.</summary>
public sealed class PayloadTooLargeException(long bytes, long maxBytes, string what)
    : Exception($"The body is {bytes:N0} bytes or more; {what} can be at most {maxBytes:N0} bytes.");
