package app.stepwise.studio.ui;

import app.stepwise.content.ContentLimits;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;

/**
 * The Markdown source: a plain text area that sends its text while the trainer types (at most once a second),
 * reads the browser's current text and cursor before an insertion, and selects a line to show a problem.
 */
class SourceEditor extends TextArea {
    static final int SYNC_MILLIS = 1000;

    SourceEditor() {
        setId("studio-source");
        addClassName("studio-source");
        setAriaLabel("Markdown source");
        setWidthFull();
        setMaxLength(ContentLimits.DEFAULTS.maxFileBytes());
        getElement().setAttribute("spellcheck", "false");
        // Sends the text during typing too, not only after a pause: a closed tab loses at most a second.
        setValueChangeMode(ValueChangeMode.TIMEOUT);
        setValueChangeTimeout(SYNC_MILLIS);
    }

    /**
     * Calls back with the text and cursor as the browser has them now (the server's copy may be up to a second
     * behind), after taking that text as the value.
     */
    void withBrowserText(SerializableBiConsumer<String, Integer> action) {
        getElement().executeJs("const t = this.inputElement; return {value: t.value, cursor: t.selectionStart};")
                .then(json -> {
                    String text = json.get("value").asString();
                    setValue(text);
                    action.accept(text, json.get("cursor").asInt(-1));
                });
    }

    /** Puts the cursor at an offset and scrolls it into view. */
    void placeCursor(int offset) {
        select(offset, offset);
    }

    /** Selects a 1-based line and scrolls it to the upper third of the box. */
    void selectLine(int line) {
        getElement().executeJs("""
                const t = this.inputElement; const lines = t.value.split('\\n'); let start = 0;
                for (let i = 0; i < $0 - 1 && i < lines.length; i++) start += lines[i].length + 1;
                return [start, start + (lines[$0 - 1] || '').length];""", Math.max(1, line))
                .then(json -> select(json.get(0).asInt(), json.get(1).asInt()));
    }

    private void select(int start, int end) {
        getElement().executeJs("""
                const t = this.inputElement; t.focus({preventScroll: true}); t.setSelectionRange($0, $1);
                const style = getComputedStyle(t); const mirror = document.createElement('div');
                for (const p of ['fontFamily', 'fontSize', 'lineHeight', 'paddingLeft', 'paddingRight', 'letterSpacing'])
                  mirror.style[p] = style[p];
                Object.assign(mirror.style, {width: t.clientWidth + 'px', whiteSpace: 'pre-wrap', overflowWrap: 'break-word',
                  position: 'absolute', visibility: 'hidden', top: '0', left: '0'});
                mirror.textContent = t.value.substring(0, $0) + '.';
                document.body.appendChild(mirror); const y = mirror.scrollHeight; mirror.remove();
                const box = t.scrollHeight > t.clientHeight + 1 ? t : this.shadowRoot.querySelector('[part=input-field]');
                if (box) box.scrollTop = Math.max(0, y - box.clientHeight / 3);""", start, end);
    }
}
