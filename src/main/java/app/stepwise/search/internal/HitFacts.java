package app.stepwise.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows (kind, module, title, anchor, path, source file, roles) and the text its snippet
 * is cut from, kept in one binary doc value per document: reading ten hits is ten direct reads, where
 * stored fields would decompress a block of documents for each hit.
 */
record HitFacts(IndexedUnit.Kind kind, String moduleId, String moduleTitle, String anchor, String path,
                String sourcePath, List<String> roles, String text) {
    /** Longer texts are cut for snippets; the highlighter looks no further (offsets beyond are ignored). */
    static final int MAX_TEXT = 5_000;

    static BytesRef encode(IndexedUnit unit) {
        var out = new ByteBuffersDataOutput();
        try {
            out.writeByte((byte) unit.kind().ordinal());
            for (String value : List.of(unit.moduleId(), unit.moduleTitle(), unit.anchor(), unit.path(), unit.sourcePath())) {
                out.writeString(value);
            }
            out.writeVInt(unit.roles().size());
            for (String role : unit.roles()) {
                out.writeString(role);
            }
            String text = unit.text();
            out.writeString(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writing to memory does no I/O
        }
        return new BytesRef(out.toArrayCopy());
    }

    static HitFacts decode(BytesRef bytes) throws IOException {
        var in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        var kind = IndexedUnit.Kind.values()[in.readByte()];
        String moduleId = in.readString();
        String moduleTitle = in.readString();
        String anchor = in.readString();
        String path = in.readString();
        String sourcePath = in.readString();
        int roleCount = in.readVInt();
        var roles = new ArrayList<String>(roleCount);
        for (int i = 0; i < roleCount; i++) {
            roles.add(in.readString());
        }
        return new HitFacts(kind, moduleId, moduleTitle, anchor, path, sourcePath, roles, in.readString());
    }

    /** The facts of these documents (ids of the whole index), in the same order. */
    static HitFacts[] read(IndexReader reader, int[] docIds) throws IOException {
        var facts = new HitFacts[docIds.length];
        var leaves = reader.leaves();
        int[] byDoc = IntStream.range(0, docIds.length).boxed()
                .sorted(Comparator.comparingInt(i -> docIds[i])).mapToInt(Integer::intValue).toArray();
        BinaryDocValues values = null;
        int leaf = -1;
        for (int i : byDoc) {
            int inLeaf = ReaderUtil.subIndex(docIds[i], leaves);
            if (inLeaf != leaf) {
                leaf = inLeaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), IndexSchema.HIT);
            }
            if (!values.advanceExact(docIds[i] - leaves.get(leaf).docBase)) {
                throw new IllegalStateException("Indexed entry without hit facts: " + Arrays.toString(docIds));
            }
            facts[i] = decode(values.binaryValue());
        }
        return facts;
    }

    /** Where the snippet text is indexed: a step's in {@link IndexSchema#STEP}, every other in {@link IndexSchema#BODY}. */
    String snippetField() {
        return kind == IndexedUnit.Kind.STEP ? IndexSchema.STEP : IndexSchema.BODY;
    }

    /** The snippet text if it is indexed in this field, else null. */
    String textOf(String field) {
        return field.equals(snippetField()) ? text : null;
    }
}
