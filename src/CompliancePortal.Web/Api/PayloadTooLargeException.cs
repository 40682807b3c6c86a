namespace CompliancePortal.Web.Api;

/// <summary>A request body larger than the endpoint accepts; answered with 413 before anything is parsed or written.</summary>
public sealed class PayloadTooLargeException(long bytes)
    : Exception($"The body is {bytes:N0} bytes or more; a model card can be at most {ModelCardEndpoints.MaxBodyBytes:N0} bytes.");
