/// An interest area of the forum's taxonomy.
public struct InterestArea: Hashable, Sendable, Identifiable {
    /// Slug, e.g. `water-resilience`.
    public var id: String
    /// Human label, e.g. "Water resilience".
    public var label: String
    /// One line saying what the area covers.
    public var summary: String

    public init(id: String, label: String, summary: String) {
        self.id = id
        self.label = label
        self.summary = summary
    }
}

extension InterestArea {
    /// The taxonomy every new forum starts with; a forum may add more.
    public static let defaultTaxonomy: [InterestArea] = [
        .init(id: "water-resilience", label: "Water resilience",
              summary: "Securing water supply against scarcity and drought"),
        .init(id: "flood-management", label: "Flood management",
              summary: "Pluvial and fluvial flood risk, drainage, early warning"),
        .init(id: "heat-islands", label: "Urban heat islands",
              summary: "Cooling streets and homes during heatwaves"),
        .init(id: "nature-based-solutions", label: "Nature-based solutions",
              summary: "Parks, wetlands and green corridors as infrastructure"),
        .init(id: "e-mobility", label: "E-mobility",
              summary: "Electric buses, taxis and charging networks"),
        .init(id: "public-transport", label: "Public transport",
              summary: "Bus, rail and integrated transit systems"),
        .init(id: "active-mobility", label: "Active mobility",
              summary: "Walking and cycling infrastructure"),
        .init(id: "waste-management", label: "Waste management",
              summary: "Collection, recycling and landfill methane"),
        .init(id: "green-buildings", label: "Green buildings",
              summary: "Codes and retrofits for efficient buildings"),
        .init(id: "renewable-energy", label: "Renewable energy",
              summary: "Rooftop solar, clean power procurement"),
        .init(id: "air-quality", label: "Air quality",
              summary: "Monitoring and cutting air pollution"),
        .init(id: "low-carbon-development", label: "Low-carbon development",
              summary: "Green industry and low-carbon urban growth"),
        .init(id: "inclusive-climate-action", label: "Inclusive climate action",
              summary: "Just transition and equity in climate programmes"),
        .init(id: "climate-governance", label: "Climate governance",
              summary: "Climate cells, officers and action plans"),
        .init(id: "climate-finance", label: "Climate finance",
              summary: "Funding, green bonds and project preparation"),
    ]
}
