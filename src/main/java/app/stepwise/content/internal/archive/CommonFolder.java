package app.stepwise.content.internal.archive;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Zipping a folder, or downloading a repository as a zip, puts every file under one folder ({@code content/},
 * {@code handbook-main/}). Paths should be relative to the content root, so that one folder is removed.
 */
final class CommonFolder {

    private CommonFolder() {
    }

    static List<String> strip(List<String> paths) {
        return sharedTopFolder(paths)
                .map(folder -> paths.stream().map(path -> path.substring(folder.length() + 1)).toList())
                .orElse(paths);
    }

    private static Optional<String> sharedTopFolder(List<String> paths) {
        var topFolders = paths.stream()
                .map(path -> path.contains("/") ? path.substring(0, path.indexOf('/')) : "")
                .collect(Collectors.toSet());
        if (topFolders.size() != 1) {
            return Optional.empty();
        }
        String folder = topFolders.iterator().next();
        // roles/ means something in the content format: a zip of just the roles folder must keep it.
        return folder.isEmpty() || folder.equalsIgnoreCase("roles") ? Optional.empty() : Optional.of(folder);
    }
}
