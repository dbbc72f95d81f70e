using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace PolicyCompare.Charts.Rendering;

/// <summary>
/// Cuts the embedded CJK font down to the characters a document uses (HarfBuzz's hb-subset, in the native HarfBuzz
/// library ScottPlot already ships), so an HTML report can carry its own font without carrying 5 MB.
/// </summary>
internal static class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>A TrueType font with the glyphs of <paramref name="text"/>'s characters (and their layout data).</summary>
    /// <exception cref="InvalidOperationException">HarfBuzz could not subset the font.</exception>
    public static byte[] SubsetEmbeddedFont(string text)
    {
        byte[] font = ChartFont.FontBytes();
        GCHandle pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(pinned.AddrOfPinnedObject(), font.Length, MemoryMode.ReadOnly);
            using var face = new Face(blob, ChartFont.FaceIndexInCollection);
            IntPtr input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not create a subset input.");
            }

            try
            {
                IntPtr unicodes = hb_subset_input_unicode_set(input);
                foreach (int codePoint in CodePoints(text))
                {
                    hb_set_add(unicodes, (uint)codePoint);
                }

                IntPtr subset = hb_subset_or_fail(face.Handle, input);
                if (subset == IntPtr.Zero)
                {
                    throw new InvalidOperationException("HarfBuzz could not subset the embedded font.");
                }

                try
                {
                    IntPtr subsetBlob = hb_face_reference_blob(subset);
                    try
                    {
                        IntPtr data = hb_blob_get_data(subsetBlob, out uint length);
                        var bytes = new byte[length];
                        Marshal.Copy(data, bytes, 0, (int)length);
                        return bytes;
                    }
                    finally
                    {
                        hb_blob_destroy(subsetBlob);
                    }
                }
                finally
                {
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                hb_subset_input_destroy(input);
            }
        }
        finally
        {
            pinned.Free();
        }
    }

    private static SortedSet<int> CodePoints(string text)
    {
        var codePoints = new SortedSet<int>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!char.IsSurrogate(text[i]) || char.IsSurrogatePair(text, i))
            {
                codePoints.Add(char.ConvertToUtf32(text, i));
            }
        }

        return codePoints;
    }

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codePoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);
}
