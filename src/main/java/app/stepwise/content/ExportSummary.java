package app.stepwise.content;

/** What an export wrote; {@code skipped} counts documents left out because their path was unsafe or taken. */
public record ExportSummary(int modules, int roles, int images, int skipped) {
    public String text() {
        return "%d modules, %d roles, %d images exported%s".formatted(modules, roles, images,
                skipped == 0 ? "" : "; " + skipped + " skipped (unsafe or duplicate path)");
    }
}
