package annonces.embed;

import annonces.conversations.GuestContacts;
import annonces.listings.EnergyClass;
import annonces.listings.GoodsAttributes;
import annonces.listings.Listing;
import annonces.listings.ListingPhoto;
import annonces.listings.ListingStatus;
import annonces.listings.ListingView;
import annonces.listings.ListingViews;
import annonces.listings.RealEstateAttributes;
import annonces.listings.Subcategory;
import annonces.listings.VehicleAttributes;
import annonces.embed.ListingPage.EnergyScale;
import annonces.embed.ListingPage.EnergyScale.Step;
import annonces.embed.ListingPage.Fact;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a published ad into its page: French labels, amounts as readers write them, and the mentions of
 * the law (rent with its charges and deposit, the DPE and its cost estimate, the F/G sentence, a mileage
 * that is not guaranteed).
 */
@Singleton
class ListingPages {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));
    private static final int SUMMARY_LENGTH = 200;

    private final ListingViews views;
    private final EmbedSettings settings;
    private final GuestContacts contacts;
    private final Traders traders;

    ListingPages(ListingViews views, EmbedSettings settings, GuestContacts contacts, Traders traders) {
        this.views = views;
        this.settings = settings;
        this.contacts = contacts;
        this.traders = traders;
    }

    ListingPage of(Listing l, List<AdCard> similar) {
        ListingView view = views.of(l, Optional.empty());
        List<ListingView.Photo> photos = view.photos();
        List<ListingPage.Picture> pictures = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            ListingView.Photo p = photos.get(i);
            int[] medium = ListingPhoto.fit(p.width(), p.height(), ListingPhoto.LONG_SIDES.get("medium"));
            pictures.add(new ListingPage.Picture(p.thumbnailUrl(), p.mediumUrl(), p.largeUrl(), medium[0], medium[1],
                    l.title() + " – photo " + (i + 1) + " sur " + photos.size()));
        }
        List<Fact> facts = new ArrayList<>();
        List<EnergyScale> scales = new ArrayList<>();
        String energyCost = null;
        String excessive = null;
        facts.add(new Fact("Catégorie", l.category().label() + " · " + Labels.of(l.subcategory())));
        if (view.attributes() instanceof RealEstateAttributes a) {
            realEstate(l, a, facts);
            if (a.energyClass() == EnergyClass.EXEMPT) {
                facts.add(new Fact("Diagnostic de performance énergétique", "non soumis"));
            } else if (a.energyClass() != null && a.ghgClass() != null) {
                scales.add(scale("Classe énergie", "energy", a.energyClass()));
                scales.add(scale("Classe climat", "climate", a.ghgClass()));
                if (a.annualEnergyCostMinCents() != null && a.annualEnergyCostMaxCents() != null
                        && a.energyPriceReferenceYear() != null) {
                    energyCost = "Montant estimé des dépenses annuelles d'énergie pour un usage standard : "
                            + Euros.of(a.annualEnergyCostMinCents()) + " à " + Euros.of(a.annualEnergyCostMaxCents())
                            + " par an (prix de l'énergie indexés sur l'année " + a.energyPriceReferenceYear() + ")";
                }
                if (a.energyClass().isExcessive()) {
                    excessive = "Logement à consommation énergétique excessive : classe " + a.energyClass();
                }
            }
        } else if (view.attributes() instanceof VehicleAttributes a) {
            vehicle(a, facts);
        } else if (view.attributes() instanceof GoodsAttributes a && a.condition() != null) {
            facts.add(new Fact("État", Labels.of(a.condition())));
        }
        String description = l.description() == null ? "" : l.description().strip();
        return new ListingPage(l.id(), l.title(), l.category().label(), AdCard.priceOf(l),
                l.city() + " (" + l.postcode() + ")" + " · " + view.location().department().name(),
                facts, scales, energyCost, excessive, description,
                Titles.cut(description.isEmpty() ? l.title() : description, SUMMARY_LENGTH),
                l.publishedAt() == null ? null : DAY.format(l.publishedAt()),
                settings.publicUrl() == null ? null : settings.publicUrl() + "/annonces/" + l.id(),
                contacts.formToken(l.id()), contacts.phoneShown(l.sellerId()), l.category().name(), pictures,
                pictures.isEmpty() || settings.publicUrl() == null ? null : settings.publicUrl() + pictures.get(0).large(),
                similar, List.of(new ListingPage.Crumb("Toutes les annonces", "/annonces"),
                        new ListingPage.Crumb(l.category().label(), "/annonces?category=" + l.category().name()),
                        new ListingPage.Crumb(view.location().department().name(), "/annonces?category="
                                + l.category().name() + "&lieu=" + l.departmentCode())),
                traders.labelOf(l.sellerId()), traders.traderOf(l.sellerId()));
    }

    /** The page of a sold or expired ad: no longer available, and what could replace it. */
    GonePage gone(Listing l, List<AdCard> similar) {
        String reason = l.status() == ListingStatus.SOLD ? "Le vendeur l'a marquée comme vendue."
                : "Elle est arrivée au terme de sa durée de publication.";
        return new GonePage(l.title(), reason, l.category().label(), Labels.of(l.subcategory()), similar);
    }

    private static void realEstate(Listing l, RealEstateAttributes a, List<Fact> facts) {
        if (a.propertyType() != null) {
            facts.add(new Fact("Type de bien", Labels.of(a.propertyType())));
        }
        if (a.surfaceM2() != null) {
            facts.add(new Fact("Surface habitable", a.surfaceM2() + " m²"));
        }
        if (a.rooms() != null) {
            facts.add(new Fact("Pièces", a.rooms().toString()));
        }
        if (a.landSurfaceM2() != null) {
            facts.add(new Fact("Terrain", grouped(a.landSurfaceM2()) + " m²"));
        }
        if (l.subcategory() == Subcategory.RENT) {
            facts.add(new Fact("Loyer", Euros.of(l.priceCents()) + " par mois, charges comprises"));
            if (a.chargesCents() != null) {
                facts.add(new Fact("Dont charges", Euros.of(a.chargesCents()) + " par mois"
                        + (a.chargesMode() == null ? "" : " (" + Labels.of(a.chargesMode()) + ")")));
            }
            facts.add(new Fact("Dépôt de garantie",
                    a.depositCents() == null || a.depositCents() == 0 ? "aucun" : Euros.of(a.depositCents())));
            if (a.furnished() != null) {
                facts.add(new Fact("Meublé", Labels.yesNo(a.furnished())));
            }
        }
        if (l.subcategory() == Subcategory.VIAGER) {
            facts.add(new Fact("Bouquet", Euros.of(l.priceCents())));
            if (a.monthlyAnnuityCents() != null) {
                facts.add(new Fact("Rente", Euros.of(a.monthlyAnnuityCents()) + " par mois"));
            }
            if (a.occupied() != null) {
                facts.add(new Fact("Viager", a.occupied() ? "occupé" : "libre"));
            }
        }
        if (a.coproprieteLots() != null) {
            facts.add(new Fact("Copropriété", a.coproprieteLots() + " lots"));
        }
        if (a.annualCoproprieteChargesCents() != null) {
            facts.add(new Fact("Charges annuelles de copropriété", Euros.of(a.annualCoproprieteChargesCents())));
        }
        if (a.coproprieteProceedings() != null) {
            facts.add(new Fact("Procédure en cours contre le syndicat des copropriétaires",
                    Labels.yesNo(a.coproprieteProceedings())));
        }
    }

    private static void vehicle(VehicleAttributes a, List<Fact> facts) {
        if (a.brand() != null) {
            facts.add(new Fact("Marque", a.brand()));
        }
        if (a.model() != null) {
            facts.add(new Fact("Modèle", a.model()));
        }
        if (a.year() != null) {
            facts.add(new Fact("Année", a.year().toString()));
        }
        if (a.mileageKm() != null) {
            boolean guaranteed = !Boolean.FALSE.equals(a.mileageGuaranteed());
            facts.add(new Fact("Kilométrage", grouped(a.mileageKm()) + " km" + (guaranteed ? "" : " (non garanti)")));
        }
        if (a.fuel() != null) {
            facts.add(new Fact("Carburant", Labels.of(a.fuel())));
        }
        if (a.gearbox() != null) {
            facts.add(new Fact("Boîte de vitesses", Labels.of(a.gearbox())));
        }
        if (a.critAir() != null) {
            facts.add(new Fact("Crit'Air", a.critAir() == 0 ? "0 (électrique)" : a.critAir().toString()));
        }
        if (a.condition() != null) {
            facts.add(new Fact("État", Labels.of(a.condition())));
        }
    }

    /** The scale's colours are the DPE's official ones, in page.css under the scale's kind. */
    private static EnergyScale scale(String label, String kind, EnergyClass current) {
        List<Step> steps = new ArrayList<>();
        for (EnergyClass c : EnergyClass.values()) {
            if (c != EnergyClass.EXEMPT) {
                steps.add(new Step(c.name(), c == current));
            }
        }
        return new EnergyScale(label, kind, current.name(), steps);
    }

    private static String grouped(long n) {
        String euros = Euros.of(n * 100);
        return euros.substring(0, euros.length() - 2);
    }
}
