namespace TalksBot.Ingest.Text;

/// <summary>Which marks open a top-level quotation: double (US, wire) or single (British house style).</summary>
internal enum QuoteStyle
{
    Double,
    Single,
}
