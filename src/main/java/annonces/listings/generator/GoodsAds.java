package annonces.listings.generator;

import annonces.listings.GoodsAttributes;
import annonces.listings.ItemCondition;
import annonces.listings.Subcategory;

import java.util.List;
import java.util.Map;

import static annonces.listings.generator.Agreement.FEMININE;
import static annonces.listings.generator.Agreement.FEMININE_PLURAL;
import static annonces.listings.generator.Agreement.MASCULINE;
import static annonces.listings.generator.Agreement.MASCULINE_PLURAL;

/**
 * Everyday second-hand goods, "Tronçonneuse thermique Stihl MS 180", "Poussette trio Bébé Confort", with
 * their state in words that agree with them ("chaises paillées très peu servies"), a price that falls with
 * wear, and a few gifts at 0 €, the one category where the contract allows them.
 */
final class GoodsAds {

    static final double GIFT_SHARE = 0.03;

    private static final Map<Subcategory, List<Item>> ITEMS = Map.of(
            Subcategory.HOME, List.of(
                    Item.of("Canapé d'angle convertible", MASCULINE, 150, 900),
                    Item.of("Table en chêne massif", FEMININE, 120, 800),
                    Item.of("Lot de 6 chaises paillées", FEMININE_PLURAL, 40, 240),
                    Item.of("Buffet vintage en teck", MASCULINE, 120, 600),
                    Item.of("Lit 140x190 avec sommier", MASCULINE, 60, 350),
                    Item.of("Armoire 3 portes", FEMININE, 50, 400),
                    Item.brand("Lave-linge Bosch 8 kg", MASCULINE, 120, 550),
                    Item.of("Réfrigérateur américain Samsung", MASCULINE, 300, 1400),
                    Item.of("Lampes de chevet en laiton", FEMININE_PLURAL, 15, 80),
                    Item.of("Tapis berbère 200x300", MASCULINE, 60, 450),
                    Item.of("Miroir doré ancien", MASCULINE, 30, 250),
                    Item.of("Service de vaisselle en porcelaine", MASCULINE, 20, 200),
                    Item.of("Machine à café Nespresso", FEMININE, 30, 150),
                    Item.of("Aspirateur sans fil Dyson V11", MASCULINE, 120, 450),
                    Item.of("Rideaux occultants", MASCULINE_PLURAL, 10, 60)),
            Subcategory.BABY, List.of(
                    Item.of("Poussette trio Bébé Confort", FEMININE, 80, 450),
                    Item.of("Siège auto Maxi-Cosi Pearl", MASCULINE, 40, 250),
                    Item.of("Lit parapluie avec matelas", MASCULINE, 20, 90),
                    Item.of("Chaise haute Stokke Tripp Trapp", FEMININE, 90, 250),
                    Item.of("Lot de vêtements bébé 3 mois", MASCULINE, 10, 50),
                    Item.of("Baignoire bébé avec support", FEMININE, 10, 50),
                    Item.of("Porte-bébé Ergobaby", MASCULINE, 40, 150),
                    Item.of("Transat bébé Babybjörn", MASCULINE, 40, 180),
                    Item.of("Parc bébé en bois", MASCULINE, 25, 120),
                    Item.brand("Babyphone Philips Avent", MASCULINE, 30, 160),
                    Item.of("Turbulettes 6-18 mois", FEMININE_PLURAL, 10, 45),
                    Item.of("Jouets d'éveil", MASCULINE_PLURAL, 5, 40)),
            Subcategory.COLLECTION, List.of(
                    Item.of("Lot de 200 timbres anciens", MASCULINE, 20, 300),
                    Item.of("Pièces de 2 euros commémoratives", FEMININE_PLURAL, 10, 150),
                    Item.of("Vinyles 33 tours années 70", MASCULINE_PLURAL, 20, 400),
                    Item.of("Cartes postales anciennes de Normandie", FEMININE_PLURAL, 15, 200),
                    Item.of("Figurines Star Wars Kenner", FEMININE_PLURAL, 30, 600),
                    Item.of("Album Tintin édition originale", MASCULINE, 80, 1500),
                    Item.of("Montre Lip vintage", FEMININE, 60, 500),
                    Item.of("Aquarelle signée, paysage breton", FEMININE, 50, 900),
                    Item.of("Capsules de champagne", FEMININE_PLURAL, 5, 120),
                    Item.of("Miniatures Norev 1/43", FEMININE_PLURAL, 10, 200),
                    Item.of("Cartes Pokémon édition 1", FEMININE_PLURAL, 20, 1500)),
            Subcategory.DIY_GARDEN, List.of(
                    Item.of("Tronçonneuse thermique Stihl MS 180", FEMININE, 80, 300),
                    Item.of("Tondeuse autotractée Honda", FEMININE, 120, 600),
                    Item.of("Perceuse visseuse Makita 18V", FEMININE, 40, 180),
                    Item.of("Débroussailleuse thermique", FEMININE, 60, 300),
                    Item.of("Nettoyeur haute pression Kärcher K5", MASCULINE, 80, 350),
                    Item.of("Taille-haie électrique Bosch", MASCULINE, 30, 150),
                    Item.of("Salon de jardin en résine tressée", MASCULINE, 100, 700),
                    Item.of("Scie circulaire Festool", FEMININE, 150, 550),
                    Item.of("Escabeau aluminium 5 marches", MASCULINE, 20, 80),
                    Item.of("Broyeur de végétaux", MASCULINE, 100, 500),
                    Item.of("Stère de bois de chauffage", MASCULINE, 50, 90),
                    Item.of("Poêle à bois Godin", MASCULINE, 200, 1200),
                    Item.of("Établi en bois massif", MASCULINE, 40, 250),
                    Item.of("Outils de jardin", MASCULINE_PLURAL, 10, 80)),
            Subcategory.ELECTRONICS, List.of(
                    Item.brand("iPhone 13 128 Go", MASCULINE, 250, 550),
                    Item.brand("Samsung Galaxy S22", MASCULINE, 200, 500),
                    Item.of("Télévision LG OLED 55 pouces", FEMININE, 300, 1200),
                    Item.brand("PlayStation 5 avec deux manettes", FEMININE, 300, 500),
                    Item.brand("Nintendo Switch OLED", FEMININE, 180, 320),
                    Item.brand("MacBook Air M1", MASCULINE, 450, 1000),
                    Item.of("Ordinateur portable HP 15 pouces", MASCULINE, 120, 600),
                    Item.of("Casque Bose QuietComfort 35", MASCULINE, 80, 280),
                    Item.of("Appareil photo Canon EOS 2000D", MASCULINE, 150, 420),
                    Item.of("Enceinte Bluetooth JBL Charge 5", FEMININE, 50, 160),
                    Item.brand("iPad 9e génération", MASCULINE, 180, 380),
                    Item.of("Imprimante Epson EcoTank", FEMININE, 60, 250),
                    Item.of("Jeux vidéo Switch", MASCULINE_PLURAL, 10, 45)),
            Subcategory.FASHION, List.of(
                    Item.of("Veste en cuir taille M", FEMININE, 40, 250),
                    Item.of("Robe d'été fleurie taille 38", FEMININE, 8, 40),
                    Item.brand("Nike Air Max pointure 42", FEMININE_PLURAL, 30, 130),
                    Item.of("Sac à main Longchamp Le Pliage", MASCULINE, 40, 120),
                    Item.of("Manteau en laine taille 40", MASCULINE, 30, 180),
                    Item.of("Lot de vêtements fille 8 ans", MASCULINE, 10, 60),
                    Item.of("Chaussures de randonnée Salomon", FEMININE_PLURAL, 30, 140),
                    Item.of("Bottes en cuir pointure 38", FEMININE_PLURAL, 25, 150),
                    Item.of("Montre Casio G-Shock", FEMININE, 40, 150),
                    Item.brand("Levi's 501 W32 L32", MASCULINE, 15, 70),
                    Item.of("Doudoune The North Face", FEMININE, 60, 250)),
            Subcategory.LEISURE, List.of(
                    Item.of("Vélo électrique Decathlon", MASCULINE, 400, 1800),
                    Item.of("VTT Rockrider 27,5 pouces", MASCULINE, 120, 600),
                    Item.of("Raquettes de tennis Babolat", FEMININE_PLURAL, 30, 160),
                    Item.of("Guitare acoustique Yamaha", FEMININE, 60, 350),
                    Item.of("Piano numérique Casio", MASCULINE, 200, 800),
                    Item.of("Tente 4 places Quechua", FEMININE, 40, 220),
                    Item.of("Kayak gonflable 2 places", MASCULINE, 80, 450),
                    Item.of("Trottinette électrique Xiaomi", FEMININE, 120, 450),
                    Item.of("Livres de poche, romans policiers", MASCULINE_PLURAL, 5, 40),
                    Item.of("Jeux de société", MASCULINE_PLURAL, 8, 60),
                    Item.of("Paddle gonflable", MASCULINE, 120, 500),
                    Item.of("Skis Rossignol 170 cm", MASCULINE_PLURAL, 60, 350),
                    Item.of("Table de ping-pong pliable", FEMININE, 100, 450)),
            Subcategory.OTHER, List.of(
                    Item.of("Cartons de déménagement", MASCULINE_PLURAL, 5, 40),
                    Item.of("Palettes en bois", FEMININE_PLURAL, 5, 50),
                    Item.of("Cage à lapin avec accessoires", FEMININE, 15, 90),
                    Item.of("Aquarium 120 litres équipé", MASCULINE, 50, 300),
                    Item.of("Niche pour grand chien", FEMININE, 30, 150),
                    Item.of("Fournitures scolaires", FEMININE_PLURAL, 5, 30),
                    Item.of("Poulailler en bois", MASCULINE, 60, 350),
                    Item.of("Tuiles de récupération", FEMININE_PLURAL, 10, 150)));

    private static final Map<Subcategory, List<String>> DETAILS = Map.of(
            Subcategory.HOME, List.of("Dimensions sur demande.", "Démontable pour le transport.",
                    "Quelques rayures, voir photos.", "Acheté il y a deux ans."),
            Subcategory.BABY, List.of("Lavable en machine.", "Servi pour un seul enfant.",
                    "Normes de sécurité en vigueur.", "Notice fournie."),
            Subcategory.COLLECTION, List.of("Pièce de collection, rare.", "Idéal pour compléter une collection.",
                    "Certificat d'authenticité.", "Conservé à l'abri de la lumière."),
            Subcategory.DIY_GARDEN, List.of("Fonctionne parfaitement.", "Révisé récemment.",
                    "Vendu avec ses accessoires.", "Démarre au premier coup."),
            Subcategory.ELECTRONICS, List.of("Vendu avec chargeur et boîte d'origine.", "Batterie à 89 %.",
                    "Facture disponible, encore sous garantie.", "Écran sans rayure."),
            Subcategory.FASHION, List.of("Porté deux fois.", "Taille normalement.",
                    "Lavé, repassé, prêt à porter.", "Couleur fidèle aux photos."),
            Subcategory.LEISURE, List.of("Idéal pour débuter.", "Servi une saison.",
                    "Rangé à l'abri.", "Accessoires inclus."),
            Subcategory.OTHER, List.of("À venir chercher sur place.", "Quantité importante disponible.",
                    "Idéal pour un projet de récupération.", "Propre et en bon état."));
    private static final List<String> CLOSINGS = List.of("Non fumeur, sans animaux.", "Cause déménagement.",
            "Envoi possible.", "Pas d'échange.", "Photos sur demande.");

    AdContent next(Subcategory subcategory, Place place, Dice dice) {
        Item item = dice.pick(ITEMS.get(subcategory));
        boolean gift = dice.chance(GIFT_SHARE);
        ItemCondition condition = gift ? (dice.chance(0.5) ? ItemCondition.GOOD : ItemCondition.FAIR)
                : Conditions.USUAL.pick(dice);
        long price = gift ? 0 : item.priceEuros(condition, dice);
        String state = Conditions.phrase(condition, item.agreement(), dice);
        String at = French.at(place.city());
        String title;
        if (gift) {
            title = dice.pick("Donne ", "À donner : ") + item.inSentence();
        } else {
            title = switch (dice.between(0, 9)) {
                case 0, 1, 2, 3 -> item.name();
                case 4, 5, 6 -> item.name() + " " + state;
                case 7 -> "Vends " + item.inSentence();
                case 8 -> item.name() + " " + at;
                default -> item.name() + ", " + state;
            };
        }
        StringBuilder text = new StringBuilder(300);
        text.append(gift ? "Je donne " + item.inSentence() : item.name()).append(", ").append(state).append(". ")
                .append(dice.pick(DETAILS.get(subcategory)));
        if (dice.chance(0.5)) {
            text.append(' ').append(dice.pick(CLOSINGS));
        }
        text.append(dice.chance(0.25) ? "\n" : " ");
        text.append(gift ? "À venir chercher " + at + "." : dice.pick("Remise en main propre " + at + ".",
                "À récupérer " + at + ".", "Visible " + at + ", envoi possible."));
        if (!gift) {
            text.append(' ').append(French.euros(price)).append(dice.pick(", prix ferme.", ", à débattre.", "."));
        }
        return new AdContent(subcategory, title, text.toString(), Money.cents(price), new GoodsAttributes(condition));
    }
}
