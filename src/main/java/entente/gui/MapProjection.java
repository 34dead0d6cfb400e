package entente.gui;

/**
 * Longitude and latitude to map coordinates: an equirectangular projection of the region,
 * with longitudes shrunk by the cosine of the middle latitude so shapes look right. Map
 * coordinates run right (x) and down (y) from the north-west corner, in degrees of latitude.
 */
final class MapProjection {
    final double west, south, east, north;
    private final double xScale;

    MapProjection(double west, double south, double east, double north) {
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
        this.xScale = Math.cos(Math.toRadians((south + north) / 2));
    }

    double width() {
        return (east - west) * xScale;
    }

    double height() {
        return north - south;
    }

    double x(double lon) {
        return (lon - west) * xScale;
    }

    double y(double lat) {
        return north - lat;
    }

    boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
}
