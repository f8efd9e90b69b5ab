package org.gongwen.shared.ui;

/**
 * Loading a library served as a static script ({@code vendor/...}, fetched at build time) once per
 * page. Prepend {@link #LOADER} to a component's JavaScript and call
 * {@code whenLoaded(id, src, globalName, ready)}: {@code ready} runs at once when the library's
 * global exists, else when its script tag (added once, by id) has loaded.
 */
public final class StaticScripts {

    public static final String LOADER = """
            const whenLoaded = (id, src, globalName, ready) => {
              if (window[globalName]) { ready(); return; }
              let s = document.getElementById(id);
              if (!s) {
                s = document.createElement('script');
                s.id = id;
                s.src = src;
                document.head.appendChild(s);
              }
              s.addEventListener('load', ready);
            };
            """;

    private StaticScripts() {}
}
