import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// Every screen controller and overlay, whole, at 80×24 on the fixture
/// forum. The Cities screen and the help overlay are in CitiesScreenTests.
@Suite struct ControllerScreenTests {
    @Test func cityViewAddsHistoryAndRecentSessions() {
        var app = AppDriver()
        app.press(.moveDown)
        app.press(.moveDown)
        app.press(.openCity)
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "",
            " City",
            " Chennai சென்னை  (chennai)",
            " IN · South Asia · pilot · capacity 1/3 used (role default)",
            " languages  ta, en",
            " networks   C40",
            " interests",
            "   ●●● Flood management (flood-management, level 3)",
            "   ●●● Water resilience (water-resilience, level 3)",
            " pairings",
            "   Surat સુરત — since 2026-02-01 [2026-spring], 2 sessions",
            " sessions   2, last on 2026-04-11",
            "   2026-04-11  city-visit with Surat સુરત, water-resilience",
            "   2026-02-20  webinar with Surat સુરત, flood-management",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "m mentors  Esc back  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func mentorsOfAPeer() {
        var app = AppDriver()
        for _ in 0..<3 { app.press(.moveDown) }
        app.press(.openPartners)
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "Mentors (pilots) that fit Medellín — 1 allowed, best first",
            "  #  name                  cc  score  cap     sessions   why",
            "  1  Shenzhen 深圳         CN    4.0  full    0 of 1     e-mobility +2.0, publi…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────────────────────────",
            "Shenzhen 深圳 → Medellín   score 4.0",
            "  e-mobility               +2.0   pilot level 3, peer level 2",
            "  public-transport         +2.0   pilot level 2, peer level 3",
            "  no shared language",
            "  not the same region",
            "capacity: full (no capacity left) · sessions together 0, in all 1",
            "",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "Enter open  Esc back  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func filterChooserOverlay() {
        var app = AppDriver()
        app.press(.chooseFilter)
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "/ to search  no filters                                       sort:name↑  8 of 8",
            "name                    cc  region         role      cap  top areas",
            "Accra                   GH  Sub-Saharan …  peer      0/1  water-resilience³ flo…",
            "Casablanca الدار البي…  MA  Middle East …  member    0/0  climate-governance¹",
            "Chennai சென்னை           IN  South Asia     pilot     1/3  flood-management³ wat…",
            "Medellín                CO  Latin America  peer      0/1  public-transport³ e-m…",
            "Pune पुणे                 IN  South Asia     pilot     0/3  water-resilience³ cli…",
            "São Paulo   ┌─ Filter cities by ───────────────────────────────────┐³ flood-man…",
            "Shenzhen 深 │ role      any                                        │³ public-tr…",
            "Surat સુરત   │ area      any                                        │gement³",
            "            │ region    any                                        │",
            "            │ network   any                                        │",
            "            │ clear all filters                                    │",
            "────────────└──────────────────────────────────────────────────────┘────────────",
            "Accra  (accra)",
            "GH · Sub-Saharan Africa · peer · capacity 0/1 used",
            "languages  en",
            "networks   C40",
            "interests",
            "  ●●● Water resilience (level 3)",
            "  ●●○ Flood management (level 2)",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "Enter choose  Esc back  ↓↑ move",
        ])
    }

    @Test func confirmationOverlay() {
        var app = AppDriver()
        app.apply([.edit(rename("accra", to: "Akra"))])
        app.settle()
        app.press(.quit)
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "/ to search  no filters                                       sort:name↑  8 of 8",
            "name                    cc  region         role      cap  top areas",
            "Akra                    GH  Sub-Saharan …  peer      0/1  water-resilience³ flo…",
            "Casablanca الدار البي…  MA  Middle East …  member    0/0  climate-governance¹",
            "Chennai சென்னை           IN  South Asia     pilot     1/3  flood-management³ wat…",
            "Medellín                CO  Latin America  peer      0/1  public-transport³ e-m…",
            "Pune पुणे                 IN  South Asia     pilot     0/3  water-resilience³ cli…",
            "São Paul┌─ Confirm ────────────────────────────────────────────────────┐ood-man…",
            "Shenzhen│  Quit without saving 1 edit?                                 │blic-tr…",
            "Surat સુર│                                                              │nt³",
            "        │  w saves the edits first.                                    │",
            "        │                                                              │",
            "        │  y / Enter: yes    n / Esc: no                               │",
            "────────└──────────────────────────────────────────────────────────────┘────────",
            "Akra  (accra)",
            "GH · Sub-Saharan Africa · peer · capacity 0/1 used",
            "languages  en",
            "networks   C40",
            "interests",
            "  ●●● Water resilience (level 3)",
            "  ●●○ Flood management (level 2)",
            "1 unsaved · fixture · 8 cities · 2 active pairings · 3 sessions",
            "y yes  n no",
        ])
    }

    @Test func textInputOverlay() {
        var app = AppDriver()
        app.apply([.openOverlay(TextInputOverlay(prompt: "Note on this pairing", text: "met in Pune", tag: "note"))])
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "/ to search  no filters                                       sort:name↑  8 of 8",
            "name                    cc  region         role      cap  top areas",
            "Accra                   GH  Sub-Saharan …  peer      0/1  water-resilience³ flo…",
            "Casablanca الدار البي…  MA  Middle East …  member    0/0  climate-governance¹",
            "Chennai சென்னை           IN  South Asia     pilot     1/3  flood-management³ wat…",
            "Medellín                CO  Latin America  peer      0/1  public-transport³ e-m…",
            "Pune पुणे                 IN  South Asia     pilot     0/3  water-resilience³ cli…",
            "São Paulo               BR  Latin America  peer      1/1  e-mobility³ flood-man…",
            "Shenzhen 深圳           CN  East Asia      pilot     1/1  e-mobility³ public-tr…",
            "Surat સુર┌─ Note on this pairing ───────────────────────────────────────┐nt³",
            "        │  met in Pune▏                                                │",
            "        │  Enter accept · Esc cancel                                   │",
            "        └──────────────────────────────────────────────────────────────┘",
            "────────────────────────────────────────────────────────────────────────────────",
            "Accra  (accra)",
            "GH · Sub-Saharan Africa · peer · capacity 0/1 used",
            "languages  en",
            "networks   C40",
            "interests",
            "  ●●● Water resilience (level 3)",
            "  ●●○ Flood management (level 2)",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "Enter accept  Esc cancel",
        ])
    }
}
