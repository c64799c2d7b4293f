package annonces.moderation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ContactDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Appelez le 06 12 34 56 78 après 18h",
            "tel 06.12.34.56.78",
            "tel: 06-12-34-56-78",
            "0612345678 merci",
            "joignable au +33 6 12 34 56 78",
            "whatsapp +44 7911 123456",
            "zero six 12 34 56 78",
            "Zéro six douze trente-quatre cinquante-six soixante-dix-huit",
            "zero six, douze, trente quatre, cinquante six, quatre-vingt-dix-neuf",
            "écrire à jean.dupont@gmail.com",
            "jean at gmail point com",
            "jean (at) gmail (dot) com",
            "jean arobase gmail point fr",
            "voir https://example.org/annonce",
            "plus de photos sur www.monsite.fr",
            "plus de photos sur monsite.fr"})
    void contactDetailsAreFoundAlsoWhenSpeltOut(String text) {
        assertFalse(ContactDetails.in(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Peugeot 208 de 2019, 64 000 km, 13 500 €",
            "Aquarelle, 94x74cm, format 94 x 74 cm",
            "Roues hiver 245/45/18",
            "Paris 75012, 3e étage, 42 m2, 650 € charges comprises",
            "Prix : 1 350 000 €, terrain de 2 500 m2",
            "Maison de 1999 rénovée en 2015, 5 pièces, deux salles de bain, trois chambres",
            "Salon en cuir. TV 55 pouces offerte. Point fort : la vue.",
            "Vendu avec deux roues et un cadre, taille 56"})
    void pricesYearsSurfacesAndPostcodesAreNotContactDetails(String text) {
        assertEquals(java.util.List.of(), ContactDetails.in(text), text);
    }
}
