using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PrepPack.Tests.Support;

/// <summary>
/// Reads a tagged PDF's structure tree back from the catalog's raw dictionaries, as an assistive
/// technology walks it, with the words of each element's marked content taken from its page.
/// </summary>
internal static class PdfStructure
{
    /// <summary>The tree's root (its one Document element), or null when the file has no structure tree.</summary>
    public static TaggedNode? Read(PdfDocument pdf)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        if (!catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken))
            return null;
        var root = Resolve<DictionaryToken>(pdf, rootToken);
        var pages = PageNumbers(pdf);
        var words = Enumerable.Range(1, pdf.NumberOfPages).ToDictionary(p => p, p => Words(pdf.GetPage(p)));
        var tree = new TaggedNode("StructTreeRoot");
        foreach (var kid in Kids(pdf, root))
            tree.Items.Add(Node(pdf, (DictionaryToken)kid, pages, words));
        return tree.Kids.Count == 1 ? tree.Kids[0] : tree;
    }

    /// <summary>The entry of a dictionary, followed through an indirect reference.</summary>
    public static IToken? Get(PdfDocument pdf, DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve<IToken>(pdf, token) : null;

    public static T Resolve<T>(PdfDocument pdf, IToken token)
        where T : class, IToken =>
        (T)(token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token);

    private static TaggedNode Node(
        PdfDocument pdf,
        DictionaryToken element,
        Dictionary<IndirectReference, int> pages,
        Dictionary<int, Dictionary<int, string>> words
    )
    {
        var role = ((NameToken)Get(pdf, element, "S")!).Data;
        var attributes = Get(pdf, element, "A") as DictionaryToken;
        var scope = attributes is not null && Get(pdf, attributes, "Scope") is NameToken s ? s.Data : null;
        var numbering = attributes is not null && Get(pdf, attributes, "ListNumbering") is NameToken n ? n.Data : null;
        var node = new TaggedNode(role)
        {
            AltText = Text(Get(pdf, element, "Alt")),
            Scope = scope,
            ListNumbering = numbering,
            AttributesObject = element.TryGet(NameToken.Create("A"), out IndirectReferenceToken a)
                ? (int)a.Data.ObjectNumber
                : null,
        };
        int? page = element.TryGet(NameToken.Create("Pg"), out IndirectReferenceToken pg) ? pages[pg.Data] : null;
        foreach (var kid in Kids(pdf, element))
        {
            switch (kid)
            {
                case NumericToken mcid:
                    node.Items.Add(words[page!.Value].GetValueOrDefault(mcid.Int, ""));
                    break;
                case DictionaryToken d when Get(pdf, d, "Type") is NameToken { Data: "MCR" }:
                    var on = pages[((IndirectReferenceToken)d.Data["Pg"]).Data];
                    node.Items.Add(words[on].GetValueOrDefault(((NumericToken)Get(pdf, d, "MCID")!).Int, ""));
                    break;
                case DictionaryToken d when Get(pdf, d, "Type") is NameToken { Data: "OBJR" }:
                    node.Annotations++;
                    break;
                case DictionaryToken d:
                    node.Items.Add(Node(pdf, d, pages, words));
                    break;
            }
        }
        return node;
    }

    /// <summary>An element's /K as a list: one kid or an array of them, each followed through its reference.</summary>
    private static List<IToken> Kids(PdfDocument pdf, DictionaryToken element) =>
        Get(pdf, element, "K") switch
        {
            null => [],
            ArrayToken array => array.Data.Select(t => Resolve<IToken>(pdf, t)).ToList(),
            var one => [one],
        };

    private static Dictionary<IndirectReference, int> PageNumbers(PdfDocument pdf)
    {
        var pagesNode = (DictionaryToken)Get(pdf, pdf.Structure.Catalog.CatalogDictionary, "Pages")!;
        var kids = (ArrayToken)Get(pdf, pagesNode, "Kids")!;
        return kids
            .Data.Select((k, i) => (Page: ((IndirectReferenceToken)k).Data, Number: i + 1))
            .ToDictionary(p => p.Page, p => p.Number);
    }

    /// <summary>Each marked-content id's words on a page; artifacts are left out.</summary>
    private static Dictionary<int, string> Words(Page page)
    {
        var words = new Dictionary<int, string>();
        void Walk(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> elements)
        {
            foreach (var element in elements)
            {
                if (element.MarkedContentIdentifier >= 0 && !element.IsArtifact)
                    words[element.MarkedContentIdentifier] = Normal(Lines(element.Letters));
                Walk(element.Children);
            }
        }
        Walk(page.GetMarkedContents());
        return words;
    }

    /// <summary>Letters as text, a space where a new line starts.</summary>
    private static string Lines(IReadOnlyList<Letter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && Math.Abs(letters[i].StartBaseLine.Y - letters[i - 1].StartBaseLine.Y) > 0.5)
                text.Append(' ');
            text.Append(letters[i].Value);
        }
        return text.ToString();
    }

    private static string Normal(string text) =>
        string.Join(" ", text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? Text(IToken? token) =>
        token switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => null,
        };
}
